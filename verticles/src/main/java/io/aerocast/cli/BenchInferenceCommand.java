package io.aerocast.cli;

import io.aerocast.model.GruForecaster;
import io.aerocast.model.features.FeatureSpec;
import io.aerocast.model.features.Scaler;
import io.aerocast.model.features.WindowSet;
import io.aerocast.model.gru.GruWeights;
import io.aerocast.model.gru.TrainingOptions;
import io.vertx.core.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code bench inference}: latency of one served forecast (linear base plus plain-Java GRU) for one window, on the calling thread
 * (one core). The cost does not depend on the weight values, so seeded random weights of the served size
 * are used; each sample times a batch of single-window calls, and the median and p99 of the per-window
 * time across samples are reported.
 */
@Command(name = "inference", mixinStandardHelpOptions = true,
    description = "Median single-window latency of the plain-Java GRU forward pass (one thread). Prints JSON.")
final class BenchInferenceCommand implements Callable<Integer> {

  @Option(names = "--hidden", description = "Hidden units (default: the trainer's default).")
  Integer hidden;

  @Option(names = "--samples", defaultValue = "200", description = "Timed samples (default ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--calls", defaultValue = "2000", description = "Windows per sample (default ${DEFAULT-VALUE}).")
  int calls;

  @Override
  public Integer call() {
    int h = hidden != null ? hidden : TrainingOptions.defaults().hidden();
    int window = 24;
    int features = 7;
    Random random = new Random(2);
    float[] linear = new float[window * features + 1];
    for (int i = 0; i < linear.length; i++) {
      linear[i] = (float) random.nextGaussian() * 0.01f;
    }
    // The served model: linear base plus GRU, exactly the per-window work of /predict after parsing.
    GruForecaster model = new GruForecaster(FeatureSpec.WEATHER_24H, new Scaler(new double[] {10, 4, 1000},
        new double[] {10, 2, 8}, 1.1), GruWeights.initial(features, h, 1), linear, 0.9, 1.0);
    float[][][] windows = new float[256][window][features];
    for (float[][] w : windows) {
      for (float[] step : w) {
        for (int f = 0; f < features; f++) {
          step[f] = (float) random.nextGaussian();
        }
      }
    }
    WindowSet set = new WindowSet(windows, new double[256], new double[256], new double[256], new long[256]);
    double sink = 0;
    for (int i = 0; i < 300_000; i++) {
      sink += model.forecast(set, i & 255);
    }
    double[] perWindowMicros = new double[samples];
    for (int s = 0; s < samples; s++) {
      long start = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        sink += model.forecast(set, (s * calls + i) & 255);
      }
      perWindowMicros[s] = (System.nanoTime() - start) / 1000.0 / calls;
    }
    Arrays.sort(perWindowMicros);
    JsonObject result = new JsonObject()
        .put("benchmark", "single-window forecast (linear base + GRU forward pass), plain Java, one thread")
        .put("window", window).put("features", features).put("hidden", h)
        .put("samples", samples).put("calls_per_sample", calls)
        .put("median_us", round(perWindowMicros[samples / 2]))
        .put("p99_us", round(perWindowMicros[(int) Math.min(samples - 1, Math.ceil(samples * 0.99) - 1)]))
        .put("min_us", round(perWindowMicros[0]))
        .put("cores", Runtime.getRuntime().availableProcessors())
        .put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"))
        .put("checksum", sink);
    System.out.println(result.encodePrettily());
    return 0;
  }

  private static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
