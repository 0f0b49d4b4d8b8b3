package io.aerocast.model.eval;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifies the empirical coverage of split and adaptive conformal intervals on synthetic residuals. */
class ConformalTest {

  private static double[] gaussian(Random random, int n, double sd) {
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = random.nextGaussian() * sd;
    }
    return r;
  }

  @Test
  void splitConformalCoversAtTheNominalLevelOnExchangeableData() {
    Random random = new Random(1);
    SplitConformal interval = SplitConformal.calibrate(gaussian(random, 2000, 1.0), 0.9);
    double[] fresh = gaussian(random, 20000, 1.0);
    int covered = 0;
    for (double r : fresh) {
      covered += Math.abs(r) <= interval.halfWidth() ? 1 : 0;
    }
    double coverage = covered / (double) fresh.length;

    assertThat(coverage).isBetween(0.88, 0.92);
    assertThat(interval.halfWidth()).as("about the 95th percentile of |N(0,1)|, 1.645").isBetween(1.55, 1.75);
  }

  @Test
  void adaptiveConformalKeepsCoverageWhenErrorsGrowButSplitDoesNot() {
    Random random = new Random(2);
    double[] calibration = gaussian(random, 500, 1.0);
    SplitConformal split = SplitConformal.calibrate(calibration, 0.9);
    AdaptiveConformal aci = new AdaptiveConformal(calibration, 0.9, 0.005, 500);
    int n = 6000;
    int splitCovered = 0;
    int aciCovered = 0;
    for (int t = 0; t < n; t++) {
      double residual = random.nextGaussian() * 2.0; // the error distribution doubled: drift
      splitCovered += Math.abs(residual) <= split.halfWidth() ? 1 : 0;
      aciCovered += aci.update(0.0, residual) ? 1 : 0;
    }

    assertThat(splitCovered / (double) n).as("split conformal under drift").isLessThan(0.65);
    assertThat(aciCovered / (double) n).as("adaptive conformal under drift").isBetween(0.86, 0.93);
  }

  @Test
  void smallCalibrationSetsFallBackToTheLargestScore() {
    assertThat(SplitConformal.calibrate(new double[] {0.5, -2.0, 1.0}, 0.9).halfWidth()).isEqualTo(2.0);
  }
}
