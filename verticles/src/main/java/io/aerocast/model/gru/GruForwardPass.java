package io.aerocast.model.gru;

import java.util.Arrays;

/**
 * The serving path: a plain-Java forward pass of {@link GruWeights}, no ND4J.
 *
 * <p>Written for the JIT: every matrix is kept as separate row arrays, and every inner loop is
 * {@code y[j] += s * row[j]} over whole arrays. HotSpot 17 vectorises that form (AVX2) but not the same
 * loop over a row-major array with an offset, which measured 3-4x slower here. Input-to-hidden rows are
 * fused (z | r | n) and so are the z/r recurrent rows. Sigmoid and tanh use {@link #exp}, a float exp
 * accurate to about 1e-7 relative, several times faster than {@code Math.exp} plus conversions.
 *
 * <p>Thread-safe: the weights are read-only and each thread works in its own scratch buffers, so a
 * forward pass allocates nothing.
 */
public final class GruForwardPass {

  private final int inputSize;
  private final int hidden;
  private final float[][] w;     // [input] rows of 3H: z | r | n
  private final float[][] uzr;   // [H] rows of 2H: z | r
  private final float[][] uh;    // [H] rows of H
  private final float[] b;       // 3H
  private final float[] wo;
  private final float bo;
  private final ThreadLocal<float[][]> scratch;

  public GruForwardPass(GruWeights weights) {
    this.inputSize = weights.inputSize();
    this.hidden = weights.hidden();
    int h = hidden;
    this.w = new float[inputSize][3 * h];
    for (int k = 0; k < inputSize; k++) {
      System.arraycopy(weights.wz(), k * h, w[k], 0, h);
      System.arraycopy(weights.wr(), k * h, w[k], h, h);
      System.arraycopy(weights.wh(), k * h, w[k], 2 * h, h);
    }
    this.uzr = new float[h][2 * h];
    this.uh = new float[h][h];
    for (int k = 0; k < h; k++) {
      System.arraycopy(weights.uz(), k * h, uzr[k], 0, h);
      System.arraycopy(weights.ur(), k * h, uzr[k], h, h);
      System.arraycopy(weights.uh(), k * h, uh[k], 0, h);
    }
    this.b = new float[3 * h];
    System.arraycopy(weights.bz(), 0, b, 0, h);
    System.arraycopy(weights.br(), 0, b, h, h);
    System.arraycopy(weights.bh(), 0, b, 2 * h, h);
    this.wo = weights.wo().clone();
    this.bo = weights.bo();
    this.scratch = ThreadLocal.withInitial(() -> new float[][] {new float[3 * hidden], new float[hidden],
        new float[hidden], new float[2 * hidden], new float[hidden]});
  }

  public int inputSize() {
    return inputSize;
  }

  public int hidden() {
    return hidden;
  }

  /**
   * Runs one window.
   *
   * @param window [step][feature], scaled
   * @return the model output (scaled units)
   */
  public float forward(float[][] window) {
    float[][] s = scratch.get();
    float[] a = s[0];
    float[] state = s[1];
    float[] reset = s[2];
    float[] rec = s[3];
    float[] cand = s[4];
    int h = hidden;
    Arrays.fill(state, 0f);
    for (float[] x : window) {
      if (x.length != inputSize) {
        throw new IllegalArgumentException("expected " + inputSize + " features per step, got " + x.length);
      }
      System.arraycopy(b, 0, a, 0, 3 * h);
      for (int k = 0; k < inputSize; k++) {
        axpy(a, x[k], w[k]);
      }
      Arrays.fill(rec, 0f);
      for (int k = 0; k < h; k++) {
        axpy(rec, state[k], uzr[k]);
      }
      for (int j = 0; j < h; j++) {
        reset[j] = sigmoid(a[h + j] + rec[h + j]) * state[j];
      }
      System.arraycopy(a, 2 * h, cand, 0, h);
      for (int k = 0; k < h; k++) {
        axpy(cand, reset[k], uh[k]);
      }
      for (int j = 0; j < h; j++) {
        float z = sigmoid(a[j] + rec[j]);
        state[j] = (1f - z) * state[j] + z * tanh(cand[j]);
      }
    }
    float y = bo;
    for (int j = 0; j < h; j++) {
      y += state[j] * wo[j];
    }
    return y;
  }

  /** Runs many windows (the batch path of /predict and of evaluation). */
  public float[] forward(float[][][] windows) {
    float[] out = new float[windows.length];
    for (int i = 0; i < windows.length; i++) {
      out[i] = forward(windows[i]);
    }
    return out;
  }

  /** y[j] += s * row[j] over the whole of y: the one loop shape the JIT vectorises well. */
  private static void axpy(float[] y, float s, float[] row) {
    if (s == 0f) {
      return;
    }
    for (int j = 0; j < y.length; j++) {
      y[j] += s * row[j];
    }
  }

  static float sigmoid(float x) {
    // Below -30 the value (< 1e-13) cannot matter, and flushing it keeps denormals out of the products.
    if (x < -30f) {
      return 0f;
    }
    return 1f / (1f + exp(-x));
  }

  static float tanh(float x) {
    if (x > 9f) {
      return 1f;
    }
    if (x < -9f) {
      return -1f;
    }
    float e = exp(2f * x);
    return (e - 1f) / (e + 1f);
  }

  private static final float LOG2E = 1.4426950408889634f;
  private static final float LN2 = 0.6931471805599453f;

  /**
   * e^x in float: x = (i + f) / ln 2 with |f| <= 0.5, 2^i from the exponent bits, e^(f ln 2) from a
   * degree-6 Taylor polynomial: relative error within 2e-7 (1 + |x|): the float rounding of x log2 e grows with |x|.
   */
  static float exp(float x) {
    if (x < -87f) {
      return 0f;
    }
    if (x > 88f) {
      return Float.POSITIVE_INFINITY;
    }
    float t = x * LOG2E;
    int i = Math.round(t);
    float g = (t - i) * LN2;
    float p = 1f + g * (1f + g * (0.5f + g * (1f / 6 + g * (1f / 24 + g * (1f / 120 + g * (1f / 720))))));
    return p * Float.intBitsToFloat((i + 127) << 23);
  }
}
