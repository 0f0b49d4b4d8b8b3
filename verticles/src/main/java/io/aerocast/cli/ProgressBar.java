package io.aerocast.cli;

import io.aerocast.model.gru.EpochProgress;

import java.io.PrintStream;
import java.util.function.Consumer;

/** Training progress on stderr: a redrawn bar on a terminal, one line per epoch otherwise (CI logs). */
final class ProgressBar implements Consumer<EpochProgress> {

  private final PrintStream err;
  private final boolean terminal;

  ProgressBar(PrintStream err) {
    this.err = err;
    this.terminal = System.console() != null;
  }

  @Override
  public void accept(EpochProgress p) {
    int width = 30;
    int done = (int) Math.round(width * (double) p.epoch() / p.totalEpochs());
    String line = String.format("[%s%s] epoch %d/%d  train %.4f  val %.4f  best %d  %s elapsed, ETA %s",
        "#".repeat(done), ".".repeat(width - done), p.epoch(), p.totalEpochs(), p.trainLoss(), p.validationLoss(),
        p.bestEpoch(), duration(p.elapsedMillis()), duration(p.etaMillis()));
    if (terminal) {
      err.print("\r" + line);
      if (p.epoch() == p.totalEpochs()) {
        err.println();
      }
    } else {
      err.println(line);
    }
    err.flush();
  }

  void finish() {
    if (terminal) {
      err.println();
    }
  }

  static String duration(long millis) {
    long s = millis / 1000;
    return s >= 60 ? (s / 60) + "m" + String.format("%02d", s % 60) + "s" : s + "s";
  }
}
