package io.aerocast.model.features;

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

  /** The scaled training target of window {@code i}: the temperature change over the scaler's target scale. */
  public float scaledTarget(int i, Scaler scaler) {
    return (float) ((target[i] - last[i]) / scaler.targetScale());
  }
}
