package io.aerocast.predict;

import io.aerocast.bus.Addresses;
import io.aerocast.bus.message.Observation;
import io.aerocast.cluster.PresenceVerticle;
import io.aerocast.config.AeroCastConfig;
import io.aerocast.config.Role;
import io.aerocast.metrics.StreamMetrics;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.LocalMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * The live half of the prediction role: consumes {@link Addresses#OBSERVATIONS}, keeps each series'
 * recent hours, and when an hour closes publishes the outcome of the forecast made for it on
 * {@link Addresses#FORECAST_OUTCOMES} and the forecast of the next hour on {@link Addresses#FORECASTS}
 * ({@link StreamForecaster}). Only the series' owner among the prediction nodes publishes
 * ({@link StreamOwnership}); every node keeps the state and the newest observation for /latest.
 *
 * <p>A forecast is a plain-Java pass of about 10 us once an hour per series, so it runs on this
 * verticle's event loop.
 */
public final class StreamForecastVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(StreamForecastVerticle.class);

  private StreamForecaster forecaster;
  private StreamOwnership ownership;
  private LatestObservations latest;
  private StreamMetrics metrics;
  private MessageConsumer<Observation> consumer;
  private boolean warnedTooMany;

  @Override
  public Future<?> start() {
    AeroCastConfig config = AeroCastConfig.from(config());
    forecaster = new StreamForecaster(ModelCatalog.of(vertx), config.predict().defaultSeries(), Clock.systemUTC());
    LocalMap<String, JsonObject> directory = vertx.sharedData().getLocalMap(PresenceVerticle.DIRECTORY_MAP);
    ownership = new StreamOwnership(config.node().id(), () -> predictionNodes(directory));
    latest = LatestObservations.of(vertx);
    metrics = StreamMetrics.create();
    consumer = vertx.eventBus().consumer(Addresses.OBSERVATIONS, this::onObservation);
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    return consumer == null ? Future.succeededFuture() : consumer.unregister();
  }

  private void onObservation(Message<Observation> message) {
    Observation observation = message.body();
    StreamForecaster.Step step = forecaster.accept(observation);
    if (step.intake() == StreamForecaster.Intake.TOO_MANY_SERIES) {
      if (!warnedTooMany) {
        warnedTooMany = true;
        LOG.warn("Series limit reached, observations of new series are dropped (counted in "
            + "aerocast_stream_observations_total{result=\"too_many_series\"}) [limit: {}]",
            StreamForecaster.MAX_SERIES);
      }
      metrics.record(step, false);
      return;
    }
    latest.record(observation);
    boolean owner = ownership.owns(observation.series());
    metrics.record(step, owner);
    if (owner) {
      step.outcome().ifPresent(outcome -> vertx.eventBus().publish(Addresses.FORECAST_OUTCOMES, outcome));
      step.forecast().ifPresent(forecast -> vertx.eventBus().publish(Addresses.FORECASTS, forecast));
    }
  }

  private static List<String> predictionNodes(LocalMap<String, JsonObject> directory) {
    String predict = Role.PREDICT.wireName();
    return directory.entrySet().stream()
        .filter(e -> e.getValue().getJsonArray("roles", new JsonArray()).contains(predict))
        .map(e -> e.getKey())
        .toList();
  }
}
