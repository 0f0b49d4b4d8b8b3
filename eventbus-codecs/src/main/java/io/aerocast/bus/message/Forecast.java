package io.aerocast.bus.message;

import java.time.Instant;
import java.util.Objects;

/**
 * A forecast of the next value of a series, with its prediction interval.
 *
 * @param series       series id
 * @param issuedAt     when the forecast was made
 * @param targetTime   the time the forecast is for (the next step of the series)
 * @param value        forecast temperature in degC
 * @param lower        lower bound of the prediction interval
 * @param upper        upper bound of the prediction interval
 * @param level        nominal coverage of the interval, in (0, 1), e.g. 0.9
 * @param modelVersion the model version that made it
 */
public record Forecast(
    String series, Instant issuedAt, Instant targetTime, double value, double lower, double upper,
    double level, String modelVersion) {

  public Forecast {
    Require.text(series, "series");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(targetTime, "targetTime");
    Require.finite(value, "value");
    Require.finite(lower, "lower");
    Require.finite(upper, "upper");
    if (lower > upper) {
      throw new IllegalArgumentException("lower " + lower + " is above upper " + upper);
    }
    if (!(level > 0.0 && level < 1.0)) {
      throw new IllegalArgumentException("level must be in (0, 1), got " + level);
    }
    Require.text(modelVersion, "modelVersion");
  }
}
