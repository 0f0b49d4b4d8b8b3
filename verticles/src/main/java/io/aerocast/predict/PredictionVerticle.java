package io.aerocast.predict;

import io.aerocast.bus.Addresses;
import io.aerocast.bus.message.ModelAnnouncement;
import io.aerocast.config.AeroCastConfig;
import io.aerocast.registry.ModelRegistry;
import io.aerocast.registry.ServingArtifact;
import io.aerocast.registry.StoredVersion;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keeps this node's served models current.
 *
 * <p>At start it loads, on a worker thread, the newest version of every series in {@code predict.modelsDir};
 * when there is none it trains a first model from {@code predict.bootstrapData} in the background
 * ({@link ModelBootstrap}), so a fresh install serves without manual steps.
 * It then consumes {@link Addresses#MODEL_ANNOUNCEMENTS} (body {@link ModelAnnouncement}, published by
 * any node): the announced artifact travels in the message, so a node that shares no disk with the
 * trainer can serve it; it is decoded and verified on a worker and installed in the {@link ModelCatalog}
 * in one atomic swap. A corrupt announcement is logged and ignored: the current model keeps serving.
 */
public final class PredictionVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(PredictionVerticle.class);

  private ModelCatalog catalog;
  private MessageConsumer<ModelAnnouncement> consumer;

  @Override
  public Future<?> start() {
    AeroCastConfig config = AeroCastConfig.from(config());
    catalog = ModelCatalog.of(vertx);
    consumer = vertx.eventBus().consumer(Addresses.MODEL_ANNOUNCEMENTS, this::onAnnouncement);
    Path root = Path.of(config.predict().modelsDir());
    return consumer.completion()
        .compose(v -> vertx.executeBlocking(() -> loadNewest(root)))
        .onSuccess(loaded -> {
          loaded.forEach(stored -> install(stored.series(), stored.version(), stored.model(), "registry"));
          if (loaded.isEmpty()) {
            bootstrap(config, root);
          }
        });
  }

  /**
   * With an empty registry, trains a first model in the background (start does not wait for it);
   * /readyz answers 503 until it is installed, or until a model is announced.
   */
  private void bootstrap(AeroCastConfig config, Path root) {
    String data = config.predict().bootstrapData();
    if (data.isBlank()) {
      LOG.warn("No model in the registry and no bootstrap data; /readyz answers 503 until a model is trained "
          + "or announced [modelsDir: {}]", root.toAbsolutePath());
      return;
    }
    // Its own executor: a training of a minute or two must not trip the worker pool's blocked-thread checks.
    WorkerExecutor executor = vertx.createSharedWorkerExecutor("aerocast-bootstrap", 1, 30, TimeUnit.MINUTES);
    executor.executeBlocking(() -> ModelBootstrap.train(data, config.predict().bootstrapEpochs(),
            new ModelRegistry(root)))
        .onComplete(done -> executor.close())
        .onSuccess(stored -> {
          if (catalog.get(stored.series()).isEmpty()) {
            install(stored.series(), stored.version(), stored.model(), "bootstrap");
          }
        })
        .onFailure(e -> LOG.error("First model training failed; /readyz stays 503 until a model is announced: {}",
            e.getMessage()));
  }

  @Override
  public Future<?> stop() {
    return consumer == null ? Future.succeededFuture() : consumer.unregister();
  }

  private static List<StoredVersion> loadNewest(Path root) throws Exception {
    List<StoredVersion> loaded = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return loaded;
    }
    ModelRegistry registry = new ModelRegistry(root);
    try (Stream<Path> seriesDirs = Files.list(root)) {
      for (Path dir : seriesDirs.filter(Files::isDirectory).sorted().toList()) {
        String series = dir.getFileName().toString();
        List<String> versions = registry.versions(series);
        // Newest first; a corrupt version is skipped in favour of the one before it.
        for (int i = versions.size() - 1; i >= 0; i--) {
          try {
            StoredVersion stored = registry.load(series, versions.get(i));
            loaded.add(new StoredVersion(stored.metadata().getString("series", series), stored.version(),
                stored.model(), stored.artifact(), stored.metadata()));
            break;
          } catch (RuntimeException e) {
            LOG.error("Skipping unusable model version [series: {}] [version: {}]: {}", series, versions.get(i),
                e.getMessage());
          }
        }
      }
    }
    return loaded;
  }

  private void onAnnouncement(Message<ModelAnnouncement> message) {
    ModelAnnouncement announcement = message.body();
    LOG.info("Model announced [series: {}] [version: {}] [bytes: {}]", announcement.series(), announcement.version(),
        announcement.artifactSize());
    vertx.executeBlocking(() -> ServingArtifact.decode(announcement.artifact()))
        .onSuccess(model -> install(announcement.series(), announcement.version(), model, "announcement"))
        .onFailure(e -> LOG.error("Refused announced model [series: {}] [version: {}]: {}", announcement.series(),
            announcement.version(), e.getMessage()));
  }

  private void install(String series, String version, io.aerocast.model.GruForecaster model, String source) {
    catalog.install(new ServedModel(series, version, model, Instant.now())).ifPresentOrElse(
        previous -> LOG.info("Model swapped [series: {}] [from: {}] [to: {}] [source: {}]", series,
            previous.version(), version, source),
        () -> LOG.info("Model loaded [series: {}] [version: {}] [source: {}]", series, version, source));
  }
}
