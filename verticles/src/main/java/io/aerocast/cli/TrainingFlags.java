package io.aerocast.cli;

import io.aerocast.model.gru.TrainingOptions;
import picocli.CommandLine.Option;

/** The training flags shared by train and bench accuracy. */
final class TrainingFlags {

  @Option(names = "--epochs", defaultValue = "30", description = "Epoch budget (default ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--hidden", description = "GRU hidden units (default: the trainer's default).")
  Integer hidden;

  TrainingOptions options() {
    TrainingOptions d = TrainingOptions.defaults();
    return new TrainingOptions(hidden != null ? hidden : d.hidden(), epochs, d.batchSize(), d.learningRate(),
        d.patience(), d.validationFraction(), seed);
  }
}
