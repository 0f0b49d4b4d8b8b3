package io.aerocast.model.gru;

import org.nd4j.autodiff.samediff.SameDiff;

import java.util.List;

/**
 * The outcome of a training run.
 *
 * @param weights            the best weights (lowest validation loss)
 * @param graph              the SameDiff graph holding those weights and the updater state: the checkpoint
 * @param history            per-epoch progress
 * @param bestEpoch          epoch of the best weights
 * @param validationResiduals validation residuals of the best weights, in degC (actual minus forecast)
 * @param trainMillis        wall time
 */
public record TrainedGru(GruWeights weights, SameDiff graph, List<EpochProgress> history, int bestEpoch,
    double[] validationResiduals, long trainMillis) {
}
