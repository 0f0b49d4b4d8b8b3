package io.aerocast.cli;

import io.aerocast.data.ObservationSet;
import io.aerocast.model.eval.AccuracyExperiment;
import io.aerocast.model.eval.ErrorMetrics;
import io.aerocast.model.gru.TrainingOptions;
import io.vertx.core.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code bench accuracy}: the GRU against the baselines on a chronological split of one series. */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
    description = "Train on the first months of a series, test on the next ones; GRU vs Naive, SeasonalNaive24, "
        + "LinearAR; interval coverage. Prints JSON; progress goes to stderr.")
final class BenchAccuracyCommand implements Callable<Integer> {

  @Mixin
  DataOptions data;

  @Option(names = "--out", description = "Also write the JSON here.")
  Path out;

  @Option(names = "--plot", description = "Write a PNG of actual vs forecast with the interval band for the test period.")
  Path plot;

  @Option(names = "--from", description = "First day (yyyy-mm-dd, UTC) of the split (default: the series' first month).")
  LocalDate from;

  @Option(names = "--train-months", defaultValue = "9", description = "Training months (default ${DEFAULT-VALUE}).")
  int trainMonths;

  @Option(names = "--test-months", defaultValue = "3", description = "Test months (default ${DEFAULT-VALUE}).")
  int testMonths;

  @Mixin
  TrainingFlags training;

  @Override
  public Integer call() throws Exception {
    ObservationSet set = data.read();
    String series = data.seriesOf(set);
    TrainingOptions options = training.options();
    ProgressBar progress = new ProgressBar(System.err);
    AccuracyExperiment.Report report = AccuracyExperiment.run(set.series(series),
        new AccuracyExperiment.Split(from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(), trainMonths,
            testMonths), options, progress);
    progress.finish();

    JsonObject models = new JsonObject();
    for (Map.Entry<String, ErrorMetrics> entry : report.metrics().entrySet()) {
      models.put(entry.getKey(), new JsonObject().put("rmse", round(entry.getValue().rmse()))
          .put("mae", round(entry.getValue().mae())));
    }
    double naive = report.metrics().get("Naive").rmse();
    JsonObject json = new JsonObject()
        .put("dataset", set.format().description() + ": " + data.data.getFileName())
        .put("station", series)
        .put("units", "degC")
        .put("rows_rule", set.rowRule().description())
        .put("window", report.gru().spec().window())
        .put("train", new JsonObject().put("from", report.trainFrom().toString()).put("to", report.trainTo().toString())
            .put("windows", report.trainWindows()))
        .put("test", new JsonObject().put("from", report.trainTo().toString()).put("to", report.testTo().toString())
            .put("windows", report.testWindows()))
        .put("train_seconds", round(report.trained().trainMillis() / 1000.0))
        .put("epochs", report.trained().history().size())
        .put("best_epoch", report.trained().bestEpoch())
        .put("models", models)
        .put("rmse_vs_naive", new JsonObject()
            .put("GRU", round(report.metrics().get("GRU").rmse() / naive))
            .put("LinearAR", round(report.metrics().get("LinearAR").rmse() / naive))
            .put("SeasonalNaive24", round(report.metrics().get("SeasonalNaive24").rmse() / naive)))
        .put("intervals", new JsonObject().put("nominal", AccuracyExperiment.LEVEL)
            .put("coverage", round(report.splitCoverage()))
            .put("mean_width", round(2 * report.gru().halfWidth()))
            .put("method", "split conformal on the validation tail"))
        .put("intervals_adaptive", new JsonObject().put("nominal", AccuracyExperiment.LEVEL)
            .put("coverage", round(report.adaptiveCoverage()))
            .put("mean_width", round(report.adaptiveMeanWidth()))
            .put("method", "adaptive conformal inference (Gibbs & Candes 2021), gamma "
                + AccuracyExperiment.ACI_GAMMA));
    String text = json.encodePrettily();
    System.out.println(text);
    if (out != null) {
      Files.writeString(out, text + "\n", StandardCharsets.UTF_8);
    }
    if (plot != null) {
      AccuracyPlot.write(report, "AeroCast GRU, " + series + " (" + data.data.getFileName() + "): test RMSE "
          + String.format("%.3f", report.metrics().get("GRU").rmse()) + " degC vs naive "
          + String.format("%.3f", naive), plot);
    }
    return 0;
  }

  private static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }
}
