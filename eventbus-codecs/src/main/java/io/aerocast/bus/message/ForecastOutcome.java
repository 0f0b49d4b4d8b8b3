package io.aerocast.bus.message;

import java.time.Instant;
import java.util.Objects;

/**
 * A forecast set against the actual value once it is known: what the drift detectors watch.
 *
 * @param series       series id
 * @param targetTime   the time the forecast was for
 * @param predicted    the forecast value
 * @param actual       the observed value
 * @param modelVersion the model version that made the forecast (may be empty for HTTP /eval reports)
 * @param origin       where the outcome came from: {@code stream} for the live loop, {@code eval} for HTTP /eval
 */
public record ForecastOutcome(
    String series, Instant targetTime, double predicted, double actual, String modelVersion, String origin) {

  public ForecastOutcome {
    Require.text(series, "series");
    Objects.requireNonNull(targetTime, "targetTime");
    Require.finite(predicted, "predicted");
    Require.finite(actual, "actual");
    modelVersion = Require.optionalText(modelVersion);
    Require.text(origin, "origin");
  }

  /** Signed forecast error, actual minus predicted. */
  public double error() {
    return actual - predicted;
  }
}
