package io.aerocast.bus.message;

/**
 * Progress of a running training, one message per epoch.
 *
 * @param requestId      the retrain request being served
 * @param series         series id
 * @param epoch          epochs completed so far (1-based)
 * @param totalEpochs    the epoch budget (early stopping may end sooner)
 * @param trainLoss      mean training loss of the last epoch (scaled units)
 * @param validationLoss validation loss after the last epoch, NaN when there is no validation split
 * @param elapsedMillis  time spent so far
 * @param etaMillis      estimated time left
 */
public record TrainingProgress(
    String requestId, String series, int epoch, int totalEpochs, double trainLoss, double validationLoss,
    long elapsedMillis, long etaMillis) {

  public TrainingProgress {
    Require.text(requestId, "requestId");
    Require.text(series, "series");
    Require.nonNegative(epoch, "epoch");
    Require.nonNegative(totalEpochs, "totalEpochs");
    if (epoch > totalEpochs) {
      throw new IllegalArgumentException("epoch " + epoch + " exceeds totalEpochs " + totalEpochs);
    }
    Require.finite(trainLoss, "trainLoss");
    Require.finiteOrMissing(validationLoss, "validationLoss");
    Require.nonNegative(elapsedMillis, "elapsedMillis");
    Require.nonNegative(etaMillis, "etaMillis");
  }

  /** Fraction done, in [0, 1]. */
  public double fraction() {
    return totalEpochs == 0 ? 1.0 : (double) epoch / totalEpochs;
  }
}
