package io.aerocast.model.gru;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.validation.GradCheckUtil;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Verifies that the primitive-op GRU graph has correct gradients (numerical gradient check in double
 * precision) and that the plain-Java serving forward pass computes the same outputs as SameDiff.
 */
class GruGraphTest {

  private static float[][][] randomWindows(int n, int steps, int features, long seed) {
    Random random = new Random(seed);
    float[][][] x = new float[n][steps][features];
    for (float[][] window : x) {
      for (float[] step : window) {
        for (int f = 0; f < features; f++) {
          step[f] = (float) random.nextGaussian();
        }
      }
    }
    return x;
  }

  /** Random weights with non-zero biases, so every parameter's gradient is exercised. */
  private static GruWeights randomWeights(int input, int hidden, long seed) {
    GruWeights init = GruWeights.initial(input, hidden, seed);
    Random random = new Random(seed + 1);
    float[][] biases = new float[3][hidden];
    for (float[] bias : biases) {
      for (int j = 0; j < hidden; j++) {
        bias[j] = (float) (random.nextGaussian() * 0.3);
      }
    }
    return new GruWeights(input, hidden, init.wz(), init.wr(), init.wh(), init.uz(), init.ur(), init.uh(),
        biases[0], biases[1], biases[2], init.wo(), 0.1f);
  }

  @Test
  void gradientsMatchNumericalGradients() {
    int batch = 3;
    int steps = 4;
    int input = 3;
    int hidden = 4;
    Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    try {
      INDArray x = Nd4j.create(randomWindows(batch, steps, input, 7)).castTo(DataType.DOUBLE);
      INDArray y = Nd4j.rand(DataType.DOUBLE, batch, 1);
      SameDiff sd = GruGraph.buildWithConstants(randomWeights(input, hidden, 3), x, y);

      boolean ok = GradCheckUtil.checkGradients(sd, Map.of(), 1e-6, 1e-3, 1e-8, false, false);

      assertThat(ok).as("every parameter's analytic gradient matches the numerical one").isTrue();
    } finally {
      Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
    }
  }

  @Test
  void javaForwardPassMatchesSameDiff() {
    int steps = 24;
    int input = 7;
    int hidden = 32;
    GruWeights weights = randomWeights(input, hidden, 11);
    float[][][] windows = randomWindows(64, steps, input, 13);
    SameDiff sd = GruGraph.build(weights, steps, DataType.FLOAT);

    INDArray expected = sd.outputSingle(Map.of(GruGraph.INPUT, Nd4j.create(windows)), GruGraph.OUTPUT);
    float[] actual = new GruForwardPass(weights).forward(windows);

    for (int i = 0; i < windows.length; i++) {
      assertThat((double) actual[i]).as("window %d", i).isCloseTo(expected.getDouble(i, 0), within(1e-4));
    }
  }

  @Test
  void weightsRoundTripThroughTheGraph() {
    GruWeights weights = randomWeights(5, 6, 17);
    SameDiff sd = GruGraph.build(weights, 8, DataType.FLOAT);
    assertThat(GruGraph.weightsOf(sd, 5, 6)).isEqualTo(weights);
  }
}
