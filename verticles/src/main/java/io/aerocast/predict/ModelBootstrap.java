package io.aerocast.predict;

import io.aerocast.bus.message.RetrainReason;
import io.aerocast.data.ObservationFiles;
import io.aerocast.data.ObservationSet;
import io.aerocast.data.ReadOptions;
import io.aerocast.model.gru.TrainingOptions;
import io.aerocast.registry.ModelRegistry;
import io.aerocast.registry.StoredVersion;
import io.aerocast.train.SeriesTraining;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
    ObservationSet set = ObservationFiles.read(resolve(data), ReadOptions.defaults());
    String series = set.firstSeries();
    LOG.info("Training a first model [series: {}] [epochs: {}] [data: {}]", series, epochs, data);
    return SeriesTraining.trainAndStore(series, set.series(series), TrainingOptions.defaults().withEpochs(epochs),
        registry, RetrainReason.INITIAL,
        p -> LOG.info("First model training [epoch: {}/{}] [train: {}] [validation: {}] [eta: {} s]", p.epoch(),
            p.totalEpochs(), String.format("%.4f", p.trainLoss()), String.format("%.4f", p.validationLoss()),
            p.etaMillis() / 1000)).stored();
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
