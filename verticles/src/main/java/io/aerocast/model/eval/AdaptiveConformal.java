package io.aerocast.model.eval;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Adaptive conformal inference (Gibbs and Candes, 2021) for a stream: after each outcome the working
 * miscoverage rate moves by {@code gamma * (alpha - miss)}, widening intervals after misses and
 * narrowing them after hits, so long-run coverage holds even when the error distribution drifts.
 * Scores are the absolute residuals of a rolling window of recent outcomes. Not thread-safe.
 */
public final class AdaptiveConformal {

  private final double targetAlpha;
  private final double gamma;
  private final int capacity;
  private final Deque<Double> scores = new ArrayDeque<>();
  private double alpha;

  /**
   * @param calibration initial residuals (e.g. validation residuals)
   * @param level       nominal coverage, e.g. 0.9
   * @param gamma       step size, e.g. 0.005
   * @param capacity    how many recent scores to keep
   */
  public AdaptiveConformal(double[] calibration, double level, double gamma, int capacity) {
    this.targetAlpha = 1 - level;
    this.gamma = gamma;
    this.capacity = capacity;
    this.alpha = targetAlpha;
    for (double r : calibration) {
      push(Math.abs(r));
    }
  }

  /** Current half-width: the score quantile at 1 - alpha (the largest score once alpha drops to 0 or below). */
  public double halfWidth() {
    double[] values = scores.stream().mapToDouble(Double::doubleValue).toArray();
    double level = Math.min(1.0, Math.max(0.0, 1 - alpha));
    if (level >= 1.0) {
      return java.util.Arrays.stream(values).max().orElse(0);
    }
    return SplitConformal.quantile(values, level);
  }

  /** Records an outcome against the interval {@code forecast +- halfWidth()} used for it; returns whether it was covered. */
  public boolean update(double forecast, double actual) {
    boolean covered = Math.abs(actual - forecast) <= halfWidth();
    alpha += gamma * (targetAlpha - (covered ? 0 : 1));
    push(Math.abs(actual - forecast));
    return covered;
  }

  /** The current working miscoverage rate. */
  public double alpha() {
    return alpha;
  }

  private void push(double score) {
    scores.addLast(score);
    if (scores.size() > capacity) {
      scores.removeFirst();
    }
  }
}
