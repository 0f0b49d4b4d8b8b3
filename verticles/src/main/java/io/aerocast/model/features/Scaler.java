package io.aerocast.model.features;

import java.util.Arrays;

/**
 * Standardises raw features with means and standard deviations fitted on training data only, and
 * scales the target (the next-hour temperature change) by the training standard deviation of hourly
 * changes. Fitting on the training period alone keeps the test period unseen.
 *
 * @param mean        mean per raw feature
 * @param std         standard deviation per raw feature (never 0)
 * @param targetScale standard deviation of hourly temperature changes in training (never 0)
 */
public record Scaler(double[] mean, double[] std, double targetScale) {

  public Scaler {
    mean = mean.clone();
    std = std.clone();
    if (mean.length != std.length) {
      throw new IllegalArgumentException("mean and std differ in length");
    }
    for (int i = 0; i < mean.length; i++) {
      if (!Double.isFinite(mean[i]) || !Double.isFinite(std[i]) || std[i] <= 0) {
        throw new IllegalArgumentException("invalid scaler for feature " + i + ": mean " + mean[i] + ", std " + std[i]);
      }
    }
    if (!Double.isFinite(targetScale) || targetScale <= 0) {
      throw new IllegalArgumentException("invalid target scale " + targetScale);
    }
  }

  /** Fits on the given columns (rows = hours; NaN values ignored) and the hourly temperature changes. */
  public static Scaler fit(double[][] columns, double[] temperatureChanges) {
    double[] mean = new double[columns.length];
    double[] std = new double[columns.length];
    for (int f = 0; f < columns.length; f++) {
      double[] stats = meanStd(columns[f]);
      mean[f] = Double.isNaN(stats[0]) ? 0 : stats[0];
      std[f] = Double.isNaN(stats[1]) || stats[1] < 1e-6 ? 1.0 : stats[1];
    }
    double[] change = meanStd(temperatureChanges);
    double targetScale = Double.isNaN(change[1]) || change[1] < 1e-6 ? 1.0 : change[1];
    return new Scaler(mean, std, targetScale);
  }

  private static double[] meanStd(double[] values) {
    double sum = 0;
    long n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    if (n < 2) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double mean = sum / n;
    double ss = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        ss += (v - mean) * (v - mean);
      }
    }
    return new double[] {mean, Math.sqrt(ss / (n - 1))};
  }

  public double[] mean() {
    return mean.clone();
  }

  public double[] std() {
    return std.clone();
  }

  /** Scales raw feature {@code f}. */
  public float scale(int f, double raw) {
    return (float) ((raw - mean[f]) / std[f]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scaler s && Arrays.equals(mean, s.mean) && Arrays.equals(std, s.std)
        && targetScale == s.targetScale;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std) + Double.hashCode(targetScale);
  }

  @Override
  public String toString() {
    return "Scaler[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + ", targetScale=" + targetScale
        + "]";
  }
}
