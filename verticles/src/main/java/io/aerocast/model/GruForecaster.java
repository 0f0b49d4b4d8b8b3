package io.aerocast.model;

import io.aerocast.model.baseline.LinearArForecaster;
import io.aerocast.model.features.FeatureSpec;
import io.aerocast.model.features.Scaler;
import io.aerocast.model.features.WindowSet;
import io.aerocast.model.gru.GruForwardPass;
import io.aerocast.model.gru.GruWeights;

import java.time.Instant;

/**
 * A trained model ready to serve: feature spec, scaler, a linear AR base and a GRU that corrects its
 * residual (run by the plain-Java forward pass), and the calibrated interval. The forecast is
 * {@code last + (linear(x) + gru(x)) * targetScale}. Immutable and thread-safe.
 */
public final class GruForecaster implements PointForecaster {

  private final FeatureSpec spec;
  private final Scaler scaler;
  private final GruWeights weights;
  private final float[] linear;
  private final double intervalLevel;
  private final double halfWidth;
  private final GruForwardPass pass;

  /**
   * @param spec          what the model reads
   * @param scaler        the training-data scaler
   * @param weights       GRU weights
   * @param linear        linear base coefficients (window x input values, then the bias); empty for a plain GRU
   * @param intervalLevel nominal coverage of the interval, e.g. 0.9
   * @param halfWidth     split-conformal half-width in degC
   */
  public GruForecaster(FeatureSpec spec, Scaler scaler, GruWeights weights, float[] linear, double intervalLevel,
      double halfWidth) {
    if (linear.length != 0 && linear.length != spec.window() * spec.inputSize() + 1) {
      throw new IllegalArgumentException("linear base needs " + (spec.window() * spec.inputSize() + 1)
          + " coefficients, got " + linear.length);
    }
    for (float c : linear) {
      if (!Float.isFinite(c)) {
        throw new IllegalArgumentException("linear base contains a non-finite coefficient");
      }
    }
    if (weights.inputSize() != spec.inputSize()) {
      throw new IllegalArgumentException("weights expect " + weights.inputSize() + " features, spec gives "
          + spec.inputSize());
    }
    if (scaler.mean().length != spec.rawFeatures().size()) {
      throw new IllegalArgumentException("scaler has " + scaler.mean().length + " features, spec "
          + spec.rawFeatures().size());
    }
    if (!(intervalLevel > 0 && intervalLevel < 1) || !(halfWidth >= 0) || Double.isInfinite(halfWidth)) {
      throw new IllegalArgumentException("invalid interval " + intervalLevel + " +- " + halfWidth);
    }
    this.spec = spec;
    this.scaler = scaler;
    this.weights = weights;
    this.linear = linear.clone();
    this.intervalLevel = intervalLevel;
    this.halfWidth = halfWidth;
    this.pass = new GruForwardPass(weights);
  }

  public FeatureSpec spec() {
    return spec;
  }

  public Scaler scaler() {
    return scaler;
  }

  public GruWeights weights() {
    return weights;
  }

  /** The linear base coefficients (a copy); empty for a plain GRU. */
  public float[] linear() {
    return linear.clone();
  }

  public double intervalLevel() {
    return intervalLevel;
  }

  public double halfWidth() {
    return halfWidth;
  }

  @Override
  public String name() {
    return "GRU";
  }

  @Override
  public double forecast(WindowSet windows, int i) {
    return windows.last()[i] + scaledOutput(windows.inputs()[i]) * scaler.targetScale();
  }

  /**
   * Forecasts the hour after a window of raw rows (as /predict receives them).
   *
   * @param rows [step][raw feature] in the spec's units, oldest first, exactly {@code spec.window()} rows
   * @param end  time of the last row (hourly steps before it)
   * @return the next-hour temperature in degC
   */
  public double forecast(double[][] rows, Instant end) {
    int raw = spec.rawFeatures().size();
    float[][] x = new float[rows.length][spec.inputSize()];
    for (int s = 0; s < rows.length; s++) {
      for (int f = 0; f < raw; f++) {
        x[s][f] = scaler.scale(f, rows[s][f]);
      }
      FeatureSpec.timeFeatures(end.minusSeconds((long) spec.stepSeconds() * (rows.length - 1 - s)), x[s], raw);
    }
    return rows[rows.length - 1][0] + scaledOutput(x) * scaler.targetScale();
  }

  private double scaledOutput(float[][] x) {
    float base = linear.length == 0 ? 0f : LinearArForecaster.scaledOutput(linear, x);
    return base + pass.forward(x);
  }
}
