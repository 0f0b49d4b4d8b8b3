package io.aerocast.model.gru;

/**
 * Hyper-parameters of a GRU training run.
 *
 * @param hidden             hidden units (16 by default: as accurate as 32 on O'Hare 2017 with the linear
 *                           base, and its plain-Java forward pass is about 10 us; 32 took 50-60 us with an
 *                           earlier pass)
 * @param epochs             epoch budget
 * @param batchSize          windows per Adam step
 * @param learningRate       Adam learning rate
 * @param patience           epochs without validation improvement before stopping early
 * @param validationFraction chronological tail of the training windows held out for early stopping and intervals
 * @param seed               seeds initial weights and batch order
 */
public record TrainingOptions(int hidden, int epochs, int batchSize, double learningRate, int patience,
    double validationFraction, long seed) {

  public TrainingOptions {
    if (hidden < 1 || epochs < 1 || batchSize < 1 || patience < 1) {
      throw new IllegalArgumentException("hidden, epochs, batchSize and patience must be positive");
    }
    if (!(learningRate > 0) || !(validationFraction > 0 && validationFraction < 0.5)) {
      throw new IllegalArgumentException("learningRate must be > 0 and validationFraction in (0, 0.5)");
    }
  }

  /** Defaults measured on O'Hare 2017 (see README). */
  public static TrainingOptions defaults() {
    return new TrainingOptions(16, 30, 256, 3e-3, 6, 0.1, 42L);
  }

  /** The same options with another epoch budget. */
  public TrainingOptions withEpochs(int newEpochs) {
    return new TrainingOptions(hidden, newEpochs, batchSize, learningRate, patience, validationFraction, seed);
  }
}
