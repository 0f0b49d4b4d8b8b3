package io.aerocast.model.features;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What a model reads: a window of {@code window} hourly steps, each with the raw features
 * (temperature degC, wind speed m/s, pressure hPa, scaled) followed by time features (hour of day and
 * day of week as sin/cos, from the step's UTC time). Target: the next hour's temperature.
 *
 * @param window       steps per window
 * @param rawFeatures  raw feature names, in order (the order of /predict rows)
 * @param stepSeconds  seconds between steps
 */
public record FeatureSpec(int window, List<String> rawFeatures, int stepSeconds) {

  /** The four time features appended to every step. */
  public static final List<String> TIME_FEATURES = List.of("hour_sin", "hour_cos", "dow_sin", "dow_cos");

  /** The default weather spec: 24 hourly steps of [temperature, windspeed, pressure]. */
  public static final FeatureSpec WEATHER_24H = new FeatureSpec(24, List.of("temperature", "windspeed", "pressure"),
      3600);

  public FeatureSpec {
    if (window < 2) {
      throw new IllegalArgumentException("window must be at least 2 steps, got " + window);
    }
    rawFeatures = List.copyOf(rawFeatures);
    if (rawFeatures.isEmpty() || !rawFeatures.get(0).equals("temperature")) {
      throw new IllegalArgumentException("the first raw feature must be the target, temperature");
    }
    if (stepSeconds <= 0) {
      throw new IllegalArgumentException("stepSeconds must be positive");
    }
  }

  /** Raw plus time features per step. */
  public int inputSize() {
    return rawFeatures.size() + TIME_FEATURES.size();
  }

  /** Writes the four time features of {@code time} into {@code out} starting at {@code offset}. */
  public static void timeFeatures(Instant time, float[] out, int offset) {
    ZonedDateTime utc = time.atZone(ZoneOffset.UTC);
    double hour = (utc.getHour() + utc.getMinute() / 60.0) / 24.0 * 2 * Math.PI;
    double dow = (utc.getDayOfWeek().getValue() - 1 + utc.getHour() / 24.0) / 7.0 * 2 * Math.PI;
    out[offset] = (float) Math.sin(hour);
    out[offset + 1] = (float) Math.cos(hour);
    out[offset + 2] = (float) Math.sin(dow);
    out[offset + 3] = (float) Math.cos(dow);
  }
}
