package io.aerocast.model.eval;

import java.util.Arrays;

/**
 * Split conformal prediction intervals: the half-width is the ceil((n+1) level)-th smallest absolute
 * residual on a calibration set the model did not train on; under exchangeability the interval
 * forecast +- halfWidth covers the truth with probability at least {@code level}.
 *
 * @param level     nominal coverage, e.g. 0.9
 * @param halfWidth the calibrated half-width (degC)
 */
public record SplitConformal(double level, double halfWidth) {

  public SplitConformal {
    if (!(level > 0 && level < 1) || !(halfWidth >= 0) || Double.isInfinite(halfWidth)) {
      throw new IllegalArgumentException("invalid interval: level " + level + ", halfWidth " + halfWidth);
    }
  }

  /** Calibrates on residuals (actual minus forecast). */
  public static SplitConformal calibrate(double[] residuals, double level) {
    return new SplitConformal(level, quantile(residuals, level));
  }

  /** The conformal quantile of |residuals| at {@code level}; the largest one when n is too small. */
  static double quantile(double[] residuals, double level) {
    if (residuals.length == 0) {
      throw new IllegalArgumentException("no calibration residuals");
    }
    double[] scores = Arrays.stream(residuals).map(Math::abs).sorted().toArray();
    int rank = (int) Math.ceil((scores.length + 1) * level);
    return scores[Math.min(scores.length, Math.max(1, rank)) - 1];
  }
}
