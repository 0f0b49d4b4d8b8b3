package io.aerocast.model.features;

import io.aerocast.bus.message.Observation;

import java.time.Instant;
import java.util.List;

/**
 * One series on a gap-free hourly grid, from its first to its last observation. Short temperature
 * gaps (up to {@link #MAX_INTERPOLATED_HOURS}) are interpolated linearly; longer ones stay NaN so no
 * window spans them. Wind and pressure carry the last reported value forward (they are inputs, never
 * targets); before their first report they stay NaN.
 *
 * @param start       time of the first grid hour
 * @param temperature degC per hour
 * @param windSpeed   m/s per hour
 * @param pressure    hPa per hour
 */
public record HourlySeries(Instant start, double[] temperature, double[] windSpeed, double[] pressure) {

  /** Longest temperature gap filled by interpolation, in hours. */
  public static final int MAX_INTERPOLATED_HOURS = 3;

  /** Builds the grid from hourly-stamped, time-sorted observations (as the readers produce). */
  public static HourlySeries of(List<Observation> observations) {
    if (observations.isEmpty()) {
      throw new IllegalArgumentException("no observations");
    }
    Instant start = observations.get(0).time();
    int n = (int) ((observations.get(observations.size() - 1).time().getEpochSecond() - start.getEpochSecond())
        / 3600) + 1;
    double[] t = nans(n);
    double[] w = nans(n);
    double[] p = nans(n);
    for (Observation o : observations) {
      int i = (int) ((o.time().getEpochSecond() - start.getEpochSecond()) / 3600);
      t[i] = o.temperature();
      w[i] = o.windSpeed();
      p[i] = o.pressure();
    }
    interpolateShortGaps(t);
    carryForward(w);
    carryForward(p);
    return new HourlySeries(start, t, w, p);
  }

  public int size() {
    return temperature.length;
  }

  /** The time of grid hour {@code i}. */
  public Instant time(int i) {
    return start.plusSeconds(3600L * i);
  }

  /** The grid index of {@code time} (which must be on the hour), possibly outside [0, size). */
  public int indexOf(Instant time) {
    return (int) Math.floorDiv(time.getEpochSecond() - start.getEpochSecond(), 3600L);
  }

  /** The raw feature columns in {@link FeatureSpec#WEATHER_24H} order. */
  public double[][] columns() {
    return new double[][] {temperature, windSpeed, pressure};
  }

  private static double[] nans(int n) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, Double.NaN);
    return a;
  }

  private static void interpolateShortGaps(double[] v) {
    int i = 0;
    while (i < v.length) {
      if (!Double.isNaN(v[i])) {
        i++;
        continue;
      }
      int gapStart = i;
      while (i < v.length && Double.isNaN(v[i])) {
        i++;
      }
      int gap = i - gapStart;
      if (gapStart > 0 && i < v.length && gap <= MAX_INTERPOLATED_HOURS) {
        double before = v[gapStart - 1];
        double after = v[i];
        for (int k = 0; k < gap; k++) {
          v[gapStart + k] = before + (after - before) * (k + 1) / (gap + 1);
        }
      }
    }
  }

  private static void carryForward(double[] v) {
    for (int i = 1; i < v.length; i++) {
      if (Double.isNaN(v[i])) {
        v[i] = v[i - 1];
      }
    }
  }
}
