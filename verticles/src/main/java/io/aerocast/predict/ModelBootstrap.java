package io.aerocast.predict;

import io.aerocast.bus.message.Observation;
import io.aerocast.bus.message.RetrainReason;
import io.aerocast.data.ObservationFiles;
import io.aerocast.data.ObservationSet;
import io.aerocast.data.ReadOptions;
import io.aerocast.model.ForecasterTraining;
import io.aerocast.model.features.FeatureSpec;
import io.aerocast.model.features.HourlySeries;
import io.aerocast.model.features.Scaler;
import io.aerocast.model.features.WindowSet;
import io.aerocast.model.features.Windowing;
import io.aerocast.model.gru.TrainingOptions;
import io.aerocast.registry.ModelRegistry;
import io.aerocast.registry.NewVersion;
import io.aerocast.registry.StoredVersion;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

/**
 * Trains a node's first model when its registry is empty, so a fresh install can serve: reads the
 * bootstrap observation file, trains the served model (linear base + GRU) and stores it in the registry
 * with reason {@code initial}. Blocking and CPU-heavy (about 1-2 minutes on 2 cores): run it on a
 * dedicated worker executor.
 */
final class ModelBootstrap {

  private static final Logger LOG = LoggerFactory.getLogger(ModelBootstrap.class);
  private static final String CLASSPATH = "classpath:";

  private ModelBootstrap() {
  }

  static StoredVersion train(String data, int epochs, ModelRegistry registry) throws IOException {
    Path file = resolve(data);
    ObservationSet set = ObservationFiles.read(file, ReadOptions.defaults());
    String series = set.firstSeries();
    List<Observation> observations = set.series(series);
    HourlySeries grid = HourlySeries.of(observations);
    Instant from = grid.start();
    Instant to = grid.time(grid.size() - 1).plusSeconds(3600);
    Scaler scaler = Windowing.fitScaler(grid, to);
    WindowSet windows = Windowing.windows(grid, FeatureSpec.WEATHER_24H, scaler, from, to);
    TrainingOptions options = TrainingOptions.defaults().withEpochs(epochs);
    LOG.info("Training a first model [series: {}] [windows: {}] [epochs: {}] [data: {}]", series, windows.size(),
        epochs, data);
    ForecasterTraining.Result result = ForecasterTraining.train(windows, scaler, options, 0.9,
        p -> LOG.info("First model training [epoch: {}/{}] [train: {}] [validation: {}] [eta: {} s]", p.epoch(),
            p.totalEpochs(), String.format("%.4f", p.trainLoss()), String.format("%.4f", p.validationLoss()),
            p.etaMillis() / 1000));
    double[] residuals = result.trained().validationResiduals();
    double squares = 0;
    for (double r : residuals) {
      squares += r * r;
    }
    JsonObject hyper = new JsonObject().put("hidden", options.hidden()).put("epochs", options.epochs())
        .put("bestEpoch", result.trained().bestEpoch()).put("seed", options.seed());
    JsonObject metrics = new JsonObject().put("rmse", Math.sqrt(squares / residuals.length))
        .put("validationWindows", residuals.length);
    return registry.save(series, result.model(), f -> result.trained().graph().asFlatFile(f.toFile(), true),
        new NewVersion("", RetrainReason.INITIAL, from, to, hyper, metrics, result.trained().trainMillis() / 1000.0));
  }

  /** A file path, or a classpath resource copied to a temporary file (the readers take files). */
  private static Path resolve(String data) throws IOException {
    if (!data.startsWith(CLASSPATH)) {
      return Path.of(data);
    }
    String resource = data.substring(CLASSPATH.length());
    try (InputStream in = ModelBootstrap.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no classpath resource " + resource);
      }
      String name = Path.of(resource).getFileName().toString();
      Path dir = Files.createTempDirectory("aerocast-bootstrap");
      Path file = dir.resolve(name);
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return file;
    }
  }
}
