package io.aerocast.bus.message;

import java.util.Objects;

/**
 * The result of one training run: the candidate, how it compared with the champion, and the decision.
 *
 * @param requestId        the retrain request served
 * @param series           series id
 * @param candidateVersion the version the run produced (empty when it failed before producing one)
 * @param parentVersion    the champion it was compared with (empty when there was none)
 * @param outcome          promoted, rejected or failed
 * @param candidateRmse    candidate RMSE on the evaluation window (degC), NaN when not evaluated
 * @param championRmse     champion RMSE on the same window, NaN when there is no champion
 * @param trainMillis      wall time of the training
 * @param detail           explanation for the audit trail
 */
public record TrainingReport(
    String requestId, String series, String candidateVersion, String parentVersion, TrainingOutcome outcome,
    double candidateRmse, double championRmse, long trainMillis, String detail) {

  public TrainingReport {
    Require.text(requestId, "requestId");
    Require.text(series, "series");
    candidateVersion = Require.optionalText(candidateVersion);
    parentVersion = Require.optionalText(parentVersion);
    Objects.requireNonNull(outcome, "outcome");
    Require.finiteOrMissing(candidateRmse, "candidateRmse");
    Require.finiteOrMissing(championRmse, "championRmse");
    Require.nonNegative(trainMillis, "trainMillis");
    detail = Require.optionalText(detail);
    if (outcome == TrainingOutcome.PROMOTED && candidateVersion.isEmpty()) {
      throw new IllegalArgumentException("a promoted report must name its candidateVersion");
    }
  }
}
