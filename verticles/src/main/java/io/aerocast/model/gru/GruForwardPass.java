package io.aerocast.model.gru;

import java.util.Arrays;

/**
 * The serving path: a plain-Java forward pass of {@link GruWeights}, no ND4J.
 *
 * <p>Written for the JIT: every matrix is kept as separate row arrays, and every loop runs over whole
 * arrays from index 0, e.g. {@code y[j] += s0 * r0[j] + ... + s3 * r3[j]}. HotSpot 17 vectorises that form
 * (AVX2) but not the same loop over a row-major array or at an offset, which measured 3-4x slower here.
 * Input-to-hidden rows are fused (z | r | n), and so are the z/r recurrent rows, so both gates'
 * pre-activations sit in one array under one sigmoid loop. Sigmoid and tanh are the branch-free rational
 * {@link #tanh}, vectorisable, within 4e-7 of the exact functions.
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
    float[] gates = s[3];
    float[] cand = s[4];
    int h = hidden;
    Arrays.fill(state, 0f);
    for (float[] x : window) {
      if (x.length != inputSize) {
        throw new IllegalArgumentException("expected " + inputSize + " features per step, got " + x.length);
      }
      System.arraycopy(b, 0, a, 0, 3 * h);
      multiplyAdd(a, x, w);
      // Update and reset gates together (z | r): input part, plus the recurrent part, then one sigmoid loop.
      System.arraycopy(a, 0, gates, 0, 2 * h);
      multiplyAdd(gates, state, uzr);
      for (int j = 0; j < gates.length; j++) {
        gates[j] = sigmoid(gates[j]);
      }
      for (int j = 0; j < h; j++) {
        reset[j] = gates[h + j] * state[j];
      }
      System.arraycopy(a, 2 * h, cand, 0, h);
      multiplyAdd(cand, reset, uh);
      for (int j = 0; j < h; j++) {
        cand[j] = tanh(cand[j]);
      }
      for (int j = 0; j < h; j++) {
        state[j] += gates[j] * (cand[j] - state[j]);
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

  /**
   * y += x * rows (x a row vector, rows a matrix), four rows per pass over y: a quarter of the loop
   * entries and of the loads and stores of y that one row per pass costs, which at H = 16 are most of the
   * work (measured 20-25% faster for the whole pass).
   */
  private static void multiplyAdd(float[] y, float[] x, float[][] rows) {
    int n = x.length;
    int k = 0;
    for (; k + 4 <= n; k += 4) {
      axpy4(y, x[k], rows[k], x[k + 1], rows[k + 1], x[k + 2], rows[k + 2], x[k + 3], rows[k + 3]);
    }
    for (; k < n; k++) {
      axpy(y, x[k], rows[k]);
    }
  }

  /** y[j] += s * row[j] over the whole of y: the one loop shape the JIT vectorises well. */
  private static void axpy(float[] y, float s, float[] row) {
    for (int j = 0; j < y.length; j++) {
      y[j] += s * row[j];
    }
  }

  private static void axpy4(float[] y, float s0, float[] r0, float s1, float[] r1, float s2, float[] r2, float s3,
      float[] r3) {
    for (int j = 0; j < y.length; j++) {
      y[j] += s0 * r0[j] + s1 * r1[j] + s2 * r2[j] + s3 * r3[j];
    }
  }

  /** The logistic function as 1/2 + tanh(x/2)/2: the same branch-free, vectorisable arithmetic as {@link #tanh}. */
  static float sigmoid(float x) {
    return 0.5f + 0.5f * tanh(0.5f * x);
  }

  /**
   * tanh as x P(x^2) / Q(x^2), degree 4 over 4, fitted for this class (near-minimax on [0, 9], the input
   * clamped there, where tanh is 1 within float precision): absolute error below 4e-7 in float, about
   * float rounding. Only multiplies, adds, a divide and a clamp, so a loop of it is vectorised (8 lanes on
   * AVX2), unlike an exp built from exponent bits or {@code Math.tanh}.
   */
  static float tanh(float v) {
    float x = Math.max(-9f, Math.min(9f, v));
    float u = x * x;
    float p = P0 + u * (P1 + u * (P2 + u * (P3 + u * P4)));
    float q = 1f + u * (Q1 + u * (Q2 + u * (Q3 + u * Q4)));
    return x * p / q;
  }

  private static final float P0 = 9.999999065e-01f;
  private static final float P1 = 1.337318607e-01f;
  private static final float P2 = 3.486567010e-03f;
  private static final float P3 = 2.047155059e-05f;
  private static final float P4 = 1.318378942e-08f;
  private static final float Q1 = 4.670648299e-01f;
  private static final float Q2 = 2.584192528e-02f;
  private static final float Q3 = 3.271359417e-04f;
  private static final float Q4 = 7.702494455e-07f;
}
