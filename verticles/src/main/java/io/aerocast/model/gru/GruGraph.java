package io.aerocast.model.gru;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Builds the training graph: the GRU of {@link GruWeights} unrolled over the window from primitive ops
 * (mmul, add, mul, sigmoid, tanh, rsub), a linear read-out, and an MSE loss. SameDiff's own gru op is
 * not used: its backprop gives wrong gradients in 1.0.0-M2.1 (the gradient-check test covers ours).
 *
 * <p>The input arrives batch-major [batch, step, feature] and is permuted to time-major before it is
 * unstacked into steps: slicing the last step out of a batch-major tensor breaks backprop (strided_slice_bp).
 */
public final class GruGraph {

  /** Name of the input placeholder (or constant), [batch, window, features]. */
  public static final String INPUT = "input";
  /** Name of the label placeholder (or constant), [batch, 1]. */
  public static final String LABEL = "label";
  /** Name of the model output, [batch, 1]. */
  public static final String OUTPUT = "output";
  /** Name of the loss. */
  public static final String LOSS = "loss";

  private GruGraph() {
  }

  /** A graph with placeholders, for training and batch output. */
  public static SameDiff build(GruWeights initial, int window, DataType dataType) {
    SameDiff sd = SameDiff.create();
    SDVariable input = sd.placeHolder(INPUT, dataType, -1, window, initial.inputSize());
    SDVariable label = sd.placeHolder(LABEL, dataType, -1, 1);
    wire(sd, input, label, initial, window, dataType);
    return sd;
  }

  /** A graph whose input and label are constants: the form SameDiff's gradient checker needs. */
  public static SameDiff buildWithConstants(GruWeights initial, INDArray input, INDArray label) {
    SameDiff sd = SameDiff.create();
    DataType dataType = input.dataType();
    SDVariable in = sd.constant(INPUT, input);
    SDVariable lab = sd.constant(LABEL, label);
    wire(sd, in, lab, initial, (int) input.size(1), dataType);
    return sd;
  }

  private static void wire(SameDiff sd, SDVariable input, SDVariable label, GruWeights w, int window,
      DataType dataType) {
    SDVariable wz = param(sd, w, "Wz", dataType);
    SDVariable wr = param(sd, w, "Wr", dataType);
    SDVariable wh = param(sd, w, "Wh", dataType);
    SDVariable uz = param(sd, w, "Uz", dataType);
    SDVariable ur = param(sd, w, "Ur", dataType);
    SDVariable uh = param(sd, w, "Uh", dataType);
    SDVariable bz = param(sd, w, "bz", dataType);
    SDVariable br = param(sd, w, "br", dataType);
    SDVariable bh = param(sd, w, "bh", dataType);
    SDVariable wo = param(sd, w, "Wo", dataType);
    SDVariable bo = param(sd, w, "bo", dataType);

    SDVariable timeMajor = sd.permute(input, 1, 0, 2);
    SDVariable[] steps = sd.unstack(timeMajor, 0, window);
    SDVariable h = null;
    for (SDVariable x : steps) {
      SDVariable zIn = x.mmul(wz).add(bz);
      SDVariable nIn = x.mmul(wh).add(bh);
      if (h == null) {
        // h0 = 0: z = sigmoid(x Wz + bz), n = tanh(x Wh + bh), h1 = z * n.
        h = sd.nn().sigmoid(zIn).mul(sd.math().tanh(nIn));
        continue;
      }
      SDVariable z = sd.nn().sigmoid(zIn.add(h.mmul(uz)));
      SDVariable r = sd.nn().sigmoid(x.mmul(wr).add(br).add(h.mmul(ur)));
      SDVariable n = sd.math().tanh(nIn.add(r.mul(h).mmul(uh)));
      h = z.rsub(1.0).mul(h).add(z.mul(n));
    }
    SDVariable output = h.mmul(wo).add(OUTPUT, bo);
    SDVariable diff = output.sub(label);
    diff.mul(diff).mean(LOSS);
    sd.setLossVariables(LOSS);
  }

  private static SDVariable param(SameDiff sd, GruWeights w, String name, DataType dataType) {
    long[] shape = w.shapeOf(name);
    INDArray values = Nd4j.create(w.byName(name), shape, 'c').castTo(dataType);
    return sd.var(name, values);
  }

  /** Reads the current parameter values out of a graph. */
  public static GruWeights weightsOf(SameDiff sd, int inputSize, int hidden) {
    float[][] p = new float[GruWeights.NAMES.length][];
    for (int i = 0; i < p.length; i++) {
      p[i] = sd.getVariable(GruWeights.NAMES[i]).getArr().castTo(DataType.FLOAT).dup('c').data().asFloat();
    }
    return new GruWeights(inputSize, hidden, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10][0]);
  }
}
