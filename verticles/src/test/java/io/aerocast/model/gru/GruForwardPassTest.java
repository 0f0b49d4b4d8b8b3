package io.aerocast.model.gru;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Verifies the fast exp and activation functions of the serving forward pass, and its input checks. */
class GruForwardPassTest {

  @Test
  void fastExpIsAccurate() {
    for (float x = -80f; x <= 80f; x += 0.0137f) {
      double expected = Math.exp(x);
      // The float rounding of x log2 e makes the relative error grow with |x|: a few 1e-8 per unit of |x|.
      double tolerance = 2e-7 * (1 + Math.abs(x));
      assertThat(Math.abs(GruForwardPass.exp(x) - expected) / expected).as("exp(%s)", x).isLessThan(tolerance);
    }
    assertThat(GruForwardPass.exp(-100f)).isEqualTo(0f);
  }

  @Test
  void activationsMatchTheirDefinitions() {
    for (float x = -12f; x <= 12f; x += 0.01f) {
      assertThat((double) GruForwardPass.sigmoid(x)).isCloseTo(1 / (1 + Math.exp(-x)),
          org.assertj.core.data.Offset.offset(1e-6));
      assertThat((double) GruForwardPass.tanh(x)).isCloseTo(Math.tanh(x), org.assertj.core.data.Offset.offset(1e-6));
    }
  }

  @Test
  void wrongFeatureCountIsRefused() {
    GruForwardPass pass = new GruForwardPass(GruWeights.initial(7, 4, 1));
    assertThatThrownBy(() -> pass.forward(new float[24][6])).isInstanceOf(IllegalArgumentException.class);
  }
}
