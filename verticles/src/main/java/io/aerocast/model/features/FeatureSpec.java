package io.aerocast.model.features;

import java.time.Instant;
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

  /** Time features of every whole hour of the week (Monday 00:00 UTC first): no trigonometry per request. */
  private static final float[][] HOUR_OF_WEEK = new float[168][4];

  static {
    for (int h = 0; h < 168; h++) {
      computeTimeFeatures(h % 24, 0, h / 24, HOUR_OF_WEEK[h], 0);
    }
  }

  /** Writes the four time features of {@code time} (UTC) into {@code out} starting at {@code offset}. */
  public static void timeFeatures(Instant time, float[] out, int offset) {
    long seconds = time.getEpochSecond();
    long epochHour = Math.floorDiv(seconds, 3600);
    int hour = (int) Math.floorMod(epochHour, 24);
    // 1970-01-01 was a Thursday: day index 3 when Monday is 0.
    int dayOfWeek = (int) Math.floorMod(Math.floorDiv(seconds, 86_400) + 3, 7);
    int minute = (int) (Math.floorMod(seconds, 3600) / 60);
    if (minute == 0) {
      System.arraycopy(HOUR_OF_WEEK[dayOfWeek * 24 + hour], 0, out, offset, 4);
    } else {
      computeTimeFeatures(hour, minute, dayOfWeek, out, offset);
    }
  }

  private static void computeTimeFeatures(int hour, int minute, int dayOfWeek, float[] out, int offset) {
    double hourAngle = (hour + minute / 60.0) / 24.0 * 2 * Math.PI;
    double dowAngle = (dayOfWeek + hour / 24.0) / 7.0 * 2 * Math.PI;
    out[offset] = (float) Math.sin(hourAngle);
    out[offset + 1] = (float) Math.cos(hourAngle);
    out[offset + 2] = (float) Math.sin(dowAngle);
    out[offset + 3] = (float) Math.cos(dowAngle);
  }
}
