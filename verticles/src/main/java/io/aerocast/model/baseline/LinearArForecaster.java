package io.aerocast.model.baseline;

import io.aerocast.model.PointForecaster;
import io.aerocast.model.features.Scaler;
import io.aerocast.model.features.WindowSet;

/**
 * A linear autoregressive model on exactly the GRU's inputs (the flattened, scaled window with its time
 * features, plus a bias), predicting the same scaled next-hour change; fitted by ridge regression in
 * closed form. The ridge penalty is chosen on the chronological validation tail, then the model is refitted
 * on all training windows. If the GRU cannot beat this, it is not earning its cost.
 */
public final class LinearArForecaster implements PointForecaster {

  private static final double[] PENALTIES = {1e-3, 1e-2, 1e-1, 1, 10, 100, 1000};

  private final double[] coefficients;
  private final double penalty;
  private final Scaler scaler;

  private LinearArForecaster(double[] coefficients, double penalty, Scaler scaler) {
    this.coefficients = coefficients;
    this.penalty = penalty;
    this.scaler = scaler;
  }

  /** Fits on {@code train}, choosing the penalty on its last {@code validationFraction}, then refits on all of it. */
  public static LinearArForecaster fit(WindowSet train, Scaler scaler, double validationFraction) {
    LinearArForecaster head = fitOnHead(train, scaler, validationFraction);
    return new LinearArForecaster(solve(train, scaler, 0, train.size(), head.penalty), head.penalty, scaler);
  }

  /**
   * Fits on all but the validation tail (penalty chosen on that tail) and does not refit: the tail stays
   * out of sample, as the GRU's early stopping and interval calibration need when this is their base.
   */
  public static LinearArForecaster fitOnHead(WindowSet train, Scaler scaler, double validationFraction) {
    int n = train.size();
    int fit = n - Math.max(1, (int) Math.round(n * validationFraction));
    double bestPenalty = PENALTIES[0];
    double bestError = Double.POSITIVE_INFINITY;
    for (double penalty : PENALTIES) {
      LinearArForecaster candidate = new LinearArForecaster(solve(train, scaler, 0, fit, penalty), penalty, scaler);
      double error = 0;
      for (int i = fit; i < n; i++) {
        double d = candidate.forecast(train, i) - train.target()[i];
        error += d * d;
      }
      if (error < bestError) {
        bestError = error;
        bestPenalty = penalty;
      }
    }
    return new LinearArForecaster(solve(train, scaler, 0, fit, bestPenalty), bestPenalty, scaler);
  }

  /** The coefficients: one per input value of the flattened window, then the bias. */
  public float[] coefficients() {
    float[] out = new float[coefficients.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) coefficients[i];
    }
    return out;
  }

  /** The model output in scaled units (the predicted change over the target scale). */
  public static float scaledOutput(float[] coefficients, float[][] window) {
    float y = coefficients[coefficients.length - 1];
    int k = 0;
    for (float[] step : window) {
      for (float v : step) {
        y += coefficients[k++] * v;
      }
    }
    return y;
  }

  @Override
  public String name() {
    return "LinearAR";
  }

  @Override
  public double forecast(WindowSet windows, int i) {
    double y = coefficients[coefficients.length - 1];
    int k = 0;
    for (float[] step : windows.inputs()[i]) {
      for (float v : step) {
        y += coefficients[k++] * v;
      }
    }
    return windows.last()[i] + y * scaler.targetScale();
  }

  /** Solves (X'X + penalty I) b = X'y for windows [from, to); the bias is not penalised. */
  private static double[] solve(WindowSet windows, Scaler scaler, int from, int to, double penalty) {
    int steps = windows.inputs()[0].length;
    int features = windows.inputs()[0][0].length;
    int d = steps * features + 1;
    double[][] xtx = new double[d][d];
    double[] xty = new double[d];
    double[] row = new double[d];
    for (int i = from; i < to; i++) {
      int k = 0;
      for (float[] step : windows.inputs()[i]) {
        for (float v : step) {
          row[k++] = v;
        }
      }
      row[d - 1] = 1.0;
      double y = windows.scaledTarget(i, scaler);
      for (int a = 0; a < d; a++) {
        double ra = row[a];
        xty[a] += ra * y;
        for (int b = a; b < d; b++) {
          xtx[a][b] += ra * row[b];
        }
      }
    }
    for (int a = 0; a < d; a++) {
      for (int b = 0; b < a; b++) {
        xtx[a][b] = xtx[b][a];
      }
      if (a < d - 1) {
        xtx[a][a] += penalty * (to - from);
      }
    }
    return Cholesky.solve(xtx, xty);
  }
}
