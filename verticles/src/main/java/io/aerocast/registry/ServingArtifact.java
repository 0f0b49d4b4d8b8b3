package io.aerocast.registry;

import io.aerocast.model.GruForecaster;
import io.aerocast.model.features.FeatureSpec;
import io.aerocast.model.features.Scaler;
import io.aerocast.model.gru.GruWeights;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The serving artifact: everything a prediction node needs (feature spec, scaler, GRU weights, interval)
 * in one compact binary blob (the linear base coefficients included), the bytes that model announcements carry. Layout: magic {@code ACGRU},
 * a format version, then big-endian fields; floats are stored exactly.
 */
public final class ServingArtifact {

  private static final byte[] MAGIC = {'A', 'C', 'G', 'R', 'U'};
  private static final int FORMAT_VERSION = 1;

  private ServingArtifact() {
  }

  /** Encodes a forecaster. */
  public static byte[] encode(GruForecaster model) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(MAGIC);
      out.writeInt(FORMAT_VERSION);
      FeatureSpec spec = model.spec();
      out.writeInt(spec.window());
      out.writeInt(spec.stepSeconds());
      out.writeInt(spec.rawFeatures().size());
      for (String feature : spec.rawFeatures()) {
        out.writeUTF(feature);
      }
      Scaler scaler = model.scaler();
      for (double v : scaler.mean()) {
        out.writeDouble(v);
      }
      for (double v : scaler.std()) {
        out.writeDouble(v);
      }
      out.writeDouble(scaler.targetScale());
      GruWeights w = model.weights();
      out.writeInt(w.inputSize());
      out.writeInt(w.hidden());
      for (String name : GruWeights.NAMES) {
        for (float v : w.byName(name)) {
          out.writeFloat(v);
        }
      }
      float[] linear = model.linear();
      out.writeInt(linear.length);
      for (float v : linear) {
        out.writeFloat(v);
      }
      out.writeDouble(model.intervalLevel());
      out.writeDouble(model.halfWidth());
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("in-memory write failed", e);
    }
  }

  /**
   * Decodes and validates an artifact.
   *
   * @throws CorruptModelException when the bytes are not an artifact, are truncated, or hold NaN/infinite values
   */
  public static GruForecaster decode(byte[] artifact) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(artifact))) {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw new CorruptModelException("not an AeroCast serving artifact (bad magic)");
      }
      int version = in.readInt();
      if (version != FORMAT_VERSION) {
        throw new CorruptModelException("unknown serving artifact format version " + version);
      }
      int window = in.readInt();
      int stepSeconds = in.readInt();
      int rawCount = in.readInt();
      if (rawCount < 1 || rawCount > 64) {
        throw new CorruptModelException("implausible raw feature count " + rawCount);
      }
      List<String> raw = new ArrayList<>();
      for (int i = 0; i < rawCount; i++) {
        raw.add(in.readUTF());
      }
      double[] mean = readDoubles(in, rawCount);
      double[] std = readDoubles(in, rawCount);
      double targetScale = in.readDouble();
      int inputSize = in.readInt();
      int hidden = in.readInt();
      if (inputSize < 1 || inputSize > 1024 || hidden < 1 || hidden > 4096) {
        throw new CorruptModelException("implausible GRU size " + inputSize + "x" + hidden);
      }
      float[][] p = new float[GruWeights.NAMES.length][];
      GruWeights shapes = GruWeights.initial(inputSize, hidden, 0);
      for (int i = 0; i < p.length; i++) {
        p[i] = readFloats(in, shapes.byName(GruWeights.NAMES[i]).length);
      }
      int linearCount = in.readInt();
      if (linearCount < 0 || linearCount > 1_000_000) {
        throw new CorruptModelException("implausible linear base size " + linearCount);
      }
      float[] linear = readFloats(in, linearCount);
      double level = in.readDouble();
      double halfWidth = in.readDouble();
      if (in.read() != -1) {
        throw new CorruptModelException("trailing bytes after the serving artifact");
      }
      GruWeights weights = new GruWeights(inputSize, hidden, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8],
          p[9], p[10][0]);
      return new GruForecaster(new FeatureSpec(window, raw, stepSeconds), new Scaler(mean, std, targetScale), weights,
          linear, level, halfWidth);
    } catch (IOException e) {
      throw new CorruptModelException("truncated serving artifact", e);
    } catch (IllegalArgumentException e) {
      throw new CorruptModelException("invalid serving artifact: " + e.getMessage(), e);
    }
  }

  private static double[] readDoubles(DataInputStream in, int n) throws IOException {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = in.readDouble();
    }
    return values;
  }

  private static float[] readFloats(DataInputStream in, int n) throws IOException {
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = in.readFloat();
    }
    return values;
  }
}
