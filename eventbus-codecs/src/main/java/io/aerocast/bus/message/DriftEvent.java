package io.aerocast.bus.message;

import java.time.Instant;
import java.util.Objects;

/**
 * A drift detector fired on a series' forecast errors.
 *
 * @param series       series id
 * @param detectedAt   when the detector fired
 * @param detector     detector name, e.g. {@code page-hinkley}
 * @param statistic    the detector statistic at the moment it fired
 * @param threshold    the threshold it crossed
 * @param modelVersion the model whose errors drifted
 * @param detail       human-readable explanation for the audit trail
 */
public record DriftEvent(
    String series, Instant detectedAt, String detector, double statistic, double threshold,
    String modelVersion, String detail) {

  public DriftEvent {
    Require.text(series, "series");
    Objects.requireNonNull(detectedAt, "detectedAt");
    Require.text(detector, "detector");
    Require.finite(statistic, "statistic");
    Require.finite(threshold, "threshold");
    modelVersion = Require.optionalText(modelVersion);
    detail = Require.optionalText(detail);
  }
}
