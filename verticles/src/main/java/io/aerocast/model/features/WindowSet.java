package io.aerocast.model.features;

import java.time.Instant;

/**
 * Model-ready windows: scaled inputs and, per window, the raw values the forecasters and metrics need.
 *
 * @param inputs       [window][step][feature], scaled, as {@link FeatureSpec} describes
 * @param last         raw temperature at the window's last step (degC): the naive forecast
 * @param dayBefore    raw temperature 24 h before the target (degC): the seasonal-naive forecast, NaN if unknown
 * @param target       raw temperature of the next hour (degC)
 * @param targetTime   epoch seconds of the next hour
 */
public record WindowSet(float[][][] inputs, double[] last, double[] dayBefore, double[] target, long[] targetTime) {

  public int size() {
    return inputs.length;
  }

  /** Time of window {@code i}'s target. */
  public Instant targetInstant(int i) {
    return Instant.ofEpochSecond(targetTime[i]);
  }

  /** The scaled training target of window {@code i}: the temperature change over the scaler's target scale. */
  public float scaledTarget(int i, Scaler scaler) {
    return (float) ((target[i] - last[i]) / scaler.targetScale());
  }

  /** A sub-range [from, to) of the windows (arrays shared, not copied). */
  public WindowSet slice(int from, int to) {
    return new WindowSet(java.util.Arrays.copyOfRange(inputs, from, to),
        java.util.Arrays.copyOfRange(last, from, to), java.util.Arrays.copyOfRange(dayBefore, from, to),
        java.util.Arrays.copyOfRange(target, from, to), java.util.Arrays.copyOfRange(targetTime, from, to));
  }
}
