package io.aerocast.model.gru;

/**
 * Progress after one epoch, for progress bars and the training-progress bus message.
 *
 * @param epoch          epochs done (1-based)
 * @param totalEpochs    epoch budget
 * @param trainLoss      mean training MSE of the epoch (scaled units)
 * @param validationLoss validation MSE after the epoch (scaled units)
 * @param bestEpoch      epoch with the lowest validation loss so far
 * @param elapsedMillis  time since training started
 * @param etaMillis      estimated time left, if the whole budget runs
 */
public record EpochProgress(int epoch, int totalEpochs, double trainLoss, double validationLoss, int bestEpoch,
    long elapsedMillis, long etaMillis) {
}
