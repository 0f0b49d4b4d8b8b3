package io.aerocast.model.gru;

import io.aerocast.model.features.Scaler;
import io.aerocast.model.features.WindowSet;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

import java.io.OutputStream;
import java.io.PrintStream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains the GRU with SameDiff: Adam on the MSE of the scaled next-hour temperature change, early
 * stopping on a chronological validation tail, best weights kept. Seeded: the same data, options and
 * seed give the same weights on the same machine. Blocking and CPU-heavy: run it on a worker.
 */
public final class GruTrainer {

  private final TrainingOptions options;

  public GruTrainer(TrainingOptions options) {
    this.options = options;
  }

  /**
   * Trains on {@code windows} (chronological), holding out the last {@code validationFraction} for validation.
   * The GRU learns the residual of {@code base} (a linear model's scaled output per window; zeros for a
   * plain GRU). Before the first epoch the GRU's read-out is zero, so "base alone" is the first candidate:
   * the result is never worse than the base on validation.
   *
   * @param base    the base model's scaled output per window, or null for none
   * @param onEpoch called after every epoch, on the training thread
   * @throws IllegalArgumentException if there are too few windows to train and validate
   * @throws IllegalStateException    if the loss becomes NaN
   */
  public TrainedGru train(WindowSet windows, Scaler scaler, float[] base, Consumer<EpochProgress> onEpoch) {
    int n = windows.size();
    int validation = Math.max(1, (int) Math.round(n * options.validationFraction()));
    int fit = n - validation;
    if (fit < options.batchSize() / 4 || fit < 32) {
      throw new IllegalArgumentException("too few training windows: " + n);
    }
    int window = windows.inputs()[0].length;
    int features = windows.inputs()[0][0].length;
    float[] labels = new float[n];
    for (int i = 0; i < n; i++) {
      labels[i] = windows.scaledTarget(i, scaler) - (base == null ? 0f : base[i]);
    }
    INDArray validationX = Nd4j.create(java.util.Arrays.copyOfRange(windows.inputs(), fit, n));
    float[] validationY = java.util.Arrays.copyOfRange(labels, fit, n);

    Nd4j.getRandom().setSeed(options.seed());
    GruWeights initial = GruWeights.initial(features, options.hidden(), options.seed());
    SameDiff sd = GruGraph.build(initial, window, DataType.FLOAT);
    sd.setTrainingConfig(TrainingConfig.builder()
        .updater(new Adam(options.learningRate()))
        .dataSetFeatureMapping(GruGraph.INPUT)
        .dataSetLabelMapping(GruGraph.LABEL)
        .build());

    createGradientFunctionQuietly(sd);
    // Training loss is measured on a fixed sample of the training windows after each epoch (cheaper than all).
    int sample = Math.min(fit, 2048);
    INDArray sampleX = Nd4j.create(java.util.Arrays.copyOfRange(windows.inputs(), 0, sample));
    float[] sampleY = java.util.Arrays.copyOfRange(labels, 0, sample);
    Random order = new Random(options.seed());
    int[] indices = new int[fit];
    for (int i = 0; i < fit; i++) {
      indices[i] = i;
    }
    List<EpochProgress> history = new ArrayList<>();
    // Epoch 0: a zero read-out, i.e. the base model alone.
    GruWeights best = initial.withZeroReadout();
    double bestLoss = mse(validationY);
    int bestEpoch = 0;
    int sinceBest = 0;
    long start = System.nanoTime();
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      shuffle(indices, order);
      for (int from = 0; from < fit; from += options.batchSize()) {
        int to = Math.min(fit, from + options.batchSize());
        sd.fit(batch(windows.inputs(), labels, indices, from, to));
      }
      double trainLoss = mse(sd.outputSingle(Map.of(GruGraph.INPUT, sampleX), GruGraph.OUTPUT), sampleY);
      double validationLoss = mse(sd.outputSingle(Map.of(GruGraph.INPUT, validationX), GruGraph.OUTPUT), validationY);
      if (!Double.isFinite(trainLoss) || !Double.isFinite(validationLoss)) {
        throw new IllegalStateException("training diverged at epoch " + epoch + " (loss " + trainLoss + ")");
      }
      if (validationLoss < bestLoss) {
        bestLoss = validationLoss;
        bestEpoch = epoch;
        best = GruGraph.weightsOf(sd, features, options.hidden());
        sinceBest = 0;
      } else {
        sinceBest++;
      }
      long elapsed = (System.nanoTime() - start) / 1_000_000;
      long eta = elapsed / epoch * (options.epochs() - epoch);
      EpochProgress progress = new EpochProgress(epoch, options.epochs(), trainLoss, validationLoss, bestEpoch,
          elapsed, eta);
      history.add(progress);
      onEpoch.accept(progress);
      if (sinceBest >= options.patience()) {
        break;
      }
    }
    restore(sd, best);
    double[] residuals = residuals(new GruForwardPass(best), windows, scaler, base, fit, n);
    return new TrainedGru(best, sd, List.copyOf(history), bestEpoch, residuals,
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * SameDiff 1.0.0-M2.1 prints one line per op to System.out while it builds the gradient graph; the CLI
   * prints JSON on stdout, so build it once up front with stdout muted. Logs go to stderr and are unaffected.
   */
  private static void createGradientFunctionQuietly(SameDiff sd) {
    PrintStream stdout = System.out;
    synchronized (System.class) {
      try {
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        sd.createGradFunction();
      } finally {
        System.setOut(stdout);
      }
    }
  }

  private static DataSet batch(float[][][] inputs, float[] labels, int[] indices, int from, int to) {
    float[][][] x = new float[to - from][][];
    float[][] y = new float[to - from][1];
    for (int i = from; i < to; i++) {
      x[i - from] = inputs[indices[i]];
      y[i - from][0] = labels[indices[i]];
    }
    return new DataSet(Nd4j.create(x), Nd4j.create(y));
  }

  /** MSE of an all-zero output. */
  private static double mse(float[] labels) {
    double sum = 0;
    for (float label : labels) {
      sum += (double) label * label;
    }
    return sum / labels.length;
  }

  private static double mse(INDArray output, float[] labels) {
    double sum = 0;
    for (int i = 0; i < labels.length; i++) {
      double d = output.getDouble(i, 0) - labels[i];
      sum += d * d;
    }
    return sum / labels.length;
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  private static void restore(SameDiff sd, GruWeights weights) {
    for (String name : GruWeights.NAMES) {
      INDArray values = Nd4j.create(weights.byName(name), weights.shapeOf(name), 'c');
      sd.getVariable(name).getArr().assign(values);
    }
  }

  /** Validation residuals in degC, from the serving forward pass: what the interval is calibrated on. */
  private static double[] residuals(GruForwardPass model, WindowSet windows, Scaler scaler, float[] base, int from,
      int to) {
    double[] residuals = new double[to - from];
    for (int i = from; i < to; i++) {
      double scaled = model.forward(windows.inputs()[i]) + (base == null ? 0f : base[i]);
      double forecast = windows.last()[i] + scaled * scaler.targetScale();
      residuals[i - from] = windows.target()[i] - forecast;
    }
    return residuals;
  }
}
