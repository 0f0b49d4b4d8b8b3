package io.aerocast.model.features;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an {@link HourlySeries} into windows. A window ending at hour t covers hours t-window+1..t and
 * targets hour t+1; it is kept only if every input value and the target are known.
 */
public final class Windowing {

  private Windowing() {
  }

  /**
   * Builds the windows whose target time lies in [from, to).
   *
   * @return the windows, in time order
   */
  public static WindowSet windows(HourlySeries series, FeatureSpec spec, Scaler scaler, Instant from, Instant to) {
    int window = spec.window();
    int firstTarget = Math.max(window, series.indexOf(from));
    int endTarget = Math.min(series.size(), series.indexOf(to));
    double[][] columns = series.columns();
    int raw = spec.rawFeatures().size();
    List<float[][]> inputs = new ArrayList<>();
    List<double[]> meta = new ArrayList<>();
    for (int target = firstTarget; target < endTarget; target++) {
      if (Double.isNaN(series.temperature()[target]) || !complete(columns, raw, target - window, target)) {
        continue;
      }
      float[][] x = new float[window][spec.inputSize()];
      for (int s = 0; s < window; s++) {
        int hour = target - window + s;
        for (int f = 0; f < raw; f++) {
          x[s][f] = scaler.scale(f, columns[f][hour]);
        }
        FeatureSpec.timeFeatures(series.time(hour), x[s], raw);
      }
      inputs.add(x);
      int lag = target - 24;
      meta.add(new double[] {series.temperature()[target - 1], lag >= 0 ? series.temperature()[lag] : Double.NaN,
          series.temperature()[target], series.time(target).getEpochSecond()});
    }
    int n = inputs.size();
    double[] last = new double[n];
    double[] dayBefore = new double[n];
    double[] target = new double[n];
    long[] targetTime = new long[n];
    for (int i = 0; i < n; i++) {
      last[i] = meta.get(i)[0];
      dayBefore[i] = meta.get(i)[1];
      target[i] = meta.get(i)[2];
      targetTime[i] = (long) meta.get(i)[3];
    }
    return new WindowSet(inputs.toArray(float[][][]::new), last, dayBefore, target, targetTime);
  }

  /** Fits the scaler on the grid hours before {@code trainEnd}. */
  public static Scaler fitScaler(HourlySeries series, Instant trainEnd) {
    int end = Math.max(0, Math.min(series.size(), series.indexOf(trainEnd)));
    double[][] columns = series.columns();
    double[][] train = new double[columns.length][];
    for (int f = 0; f < columns.length; f++) {
      train[f] = java.util.Arrays.copyOf(columns[f], end);
    }
    double[] changes = new double[Math.max(0, end - 1)];
    for (int i = 1; i < end; i++) {
      changes[i - 1] = series.temperature()[i] - series.temperature()[i - 1];
    }
    return Scaler.fit(train, changes);
  }

  private static boolean complete(double[][] columns, int raw, int from, int to) {
    for (int f = 0; f < raw; f++) {
      for (int i = from; i < to; i++) {
        if (Double.isNaN(columns[f][i])) {
          return false;
        }
      }
    }
    return true;
  }
}
