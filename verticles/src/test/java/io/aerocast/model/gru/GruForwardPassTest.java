package io.aerocast.model.gru;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Verifies the rational activation functions of the serving forward pass, and its input checks. */
class GruForwardPassTest {

  @Test
  void activationsMatchTheirDefinitions() {
    for (float x = -40f; x <= 40f; x += 0.0037f) {
      assertThat((double) GruForwardPass.sigmoid(x)).as("sigmoid(%s)", x).isCloseTo(1 / (1 + Math.exp(-x)),
          org.assertj.core.data.Offset.offset(5e-7));
      assertThat((double) GruForwardPass.tanh(x)).as("tanh(%s)", x).isCloseTo(Math.tanh(x),
          org.assertj.core.data.Offset.offset(5e-7));
    }
    assertThat(GruForwardPass.tanh(1e30f)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-6f));
    assertThat(GruForwardPass.tanh(-1e30f)).isCloseTo(-1f, org.assertj.core.data.Offset.offset(1e-6f));
  }

  @Test
  void wrongFeatureCountIsRefused() {
    GruForwardPass pass = new GruForwardPass(GruWeights.initial(7, 4, 1));
    assertThatThrownBy(() -> pass.forward(new float[24][6])).isInstanceOf(IllegalArgumentException.class);
  }
}
