package io.aerocast.model.gru;

import java.util.Arrays;

/**
 * The parameters of a one-layer GRU with a linear read-out, as plain arrays. Gate convention:
 * <pre>
 *   z = sigmoid(x Wz + h Uz + bz)          update gate
 *   r = sigmoid(x Wr + h Ur + br)          reset gate
 *   n = tanh(x Wh + (r * h) Uh + bh)       candidate
 *   h = (1 - z) * h + z * n                next state (h starts at 0)
 *   y = h Wo + bo
 * </pre>
 * Matrices are row-major: {@code W*} is [input][hidden], {@code U*} is [hidden][hidden].
 *
 * @param inputSize features per step
 * @param hidden    hidden units
 */
public record GruWeights(int inputSize, int hidden, float[] wz, float[] wr, float[] wh, float[] uz, float[] ur,
    float[] uh, float[] bz, float[] br, float[] bh, float[] wo, float bo) {

  /** Parameter names, as used for the SameDiff variables and the serving file. */
  public static final String[] NAMES = {"Wz", "Wr", "Wh", "Uz", "Ur", "Uh", "bz", "br", "bh", "Wo", "bo"};

  public GruWeights {
    check(wz, inputSize * hidden, "Wz");
    check(wr, inputSize * hidden, "Wr");
    check(wh, inputSize * hidden, "Wh");
    check(uz, hidden * hidden, "Uz");
    check(ur, hidden * hidden, "Ur");
    check(uh, hidden * hidden, "Uh");
    check(bz, hidden, "bz");
    check(br, hidden, "br");
    check(bh, hidden, "bh");
    check(wo, hidden, "Wo");
    if (!Float.isFinite(bo)) {
      throw new IllegalArgumentException("bo is not finite");
    }
  }

  private static void check(float[] a, int length, String name) {
    if (a == null || a.length != length) {
      throw new IllegalArgumentException(name + " must have " + length + " values, got "
          + (a == null ? "none" : a.length));
    }
    for (float v : a) {
      if (!Float.isFinite(v)) {
        throw new IllegalArgumentException(name + " contains a non-finite value (" + v + ")");
      }
    }
  }

  /** Glorot-uniform matrices and zero biases from a seeded generator: reproducible initial weights. */
  public static GruWeights initial(int inputSize, int hidden, long seed) {
    java.util.Random random = new java.util.Random(seed);
    return new GruWeights(inputSize, hidden,
        glorot(random, inputSize, hidden), glorot(random, inputSize, hidden), glorot(random, inputSize, hidden),
        glorot(random, hidden, hidden), glorot(random, hidden, hidden), glorot(random, hidden, hidden),
        new float[hidden], new float[hidden], new float[hidden], glorot(random, hidden, 1), 0f);
  }

  private static float[] glorot(java.util.Random random, int fanIn, int fanOut) {
    double limit = Math.sqrt(6.0 / (fanIn + fanOut));
    float[] a = new float[fanIn * fanOut];
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
    }
    return a;
  }

  /** The same weights with a zero read-out: a network whose output is exactly 0. */
  public GruWeights withZeroReadout() {
    return new GruWeights(inputSize, hidden, wz, wr, wh, uz, ur, uh, bz, br, bh, new float[hidden], 0f);
  }

  /** The parameter array of the given name (bo as a one-element array). */
  public float[] byName(String name) {
    return switch (name) {
      case "Wz" -> wz;
      case "Wr" -> wr;
      case "Wh" -> wh;
      case "Uz" -> uz;
      case "Ur" -> ur;
      case "Uh" -> uh;
      case "bz" -> bz;
      case "br" -> br;
      case "bh" -> bh;
      case "Wo" -> wo;
      case "bo" -> new float[] {bo};
      default -> throw new IllegalArgumentException("no parameter " + name);
    };
  }

  /** The [rows, cols] shape of a parameter. */
  public long[] shapeOf(String name) {
    return switch (name) {
      case "Wz", "Wr", "Wh" -> new long[] {inputSize, hidden};
      case "Uz", "Ur", "Uh" -> new long[] {hidden, hidden};
      case "bz", "br", "bh" -> new long[] {1, hidden};
      case "Wo" -> new long[] {hidden, 1};
      case "bo" -> new long[] {1, 1};
      default -> throw new IllegalArgumentException("no parameter " + name);
    };
  }

  /** Number of trainable values. */
  public int parameterCount() {
    return 3 * inputSize * hidden + 3 * hidden * hidden + 4 * hidden + 1;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GruWeights g) || g.inputSize != inputSize || g.hidden != hidden || g.bo != bo) {
      return false;
    }
    for (String name : NAMES) {
      if (!Arrays.equals(byName(name), g.byName(name))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(wz) * 31 + Arrays.hashCode(uh) + hidden;
  }

  @Override
  public String toString() {
    return "GruWeights[input=" + inputSize + ", hidden=" + hidden + ", parameters=" + parameterCount() + "]";
  }
}
