package io.aerocast.metrics;

import io.aerocast.predict.ModelCatalog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.micrometer.backends.BackendRegistries;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Meters of the prediction routes, named {@code aerocast_predict_*}. Tags come from enums, so the number
 * of series stays bounded. Without a metrics backend (tests, tools) the meters go to a private registry
 * that nobody scrapes.
 */
public final class PredictMetrics {

  /** Tag key of the route. */
  public static final String ROUTE_TAG = "route";
  /** Tag key of the outcome. */
  public static final String OUTCOME_TAG = "outcome";

  /** The routes measured. */
  public enum Route { PREDICT, EVAL }

  /** How a request ended. */
  public enum Outcome { OK, CLIENT_ERROR, UNAVAILABLE }

  private final Map<Route, Map<Outcome, Counter>> requests = new EnumMap<>(Route.class);
  private final Map<Route, Timer> latency = new EnumMap<>(Route.class);

  private PredictMetrics(MeterRegistry registry, ModelCatalog catalog) {
    for (Route route : Route.values()) {
      Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
      for (Outcome outcome : Outcome.values()) {
        byOutcome.put(outcome, Counter.builder("aerocast_predict_requests")
            .description("Prediction API requests by route and outcome")
            .tag(ROUTE_TAG, lower(route)).tag(OUTCOME_TAG, lower(outcome)).register(registry));
      }
      requests.put(route, byOutcome);
      latency.put(route, Timer.builder("aerocast_predict_latency")
          .description("Time to handle a prediction API request, from parsed body to response")
          .tag(ROUTE_TAG, lower(route))
          .publishPercentileHistogram()
          .minimumExpectedValue(Duration.ofNanos(20_000))
          .maximumExpectedValue(Duration.ofSeconds(1))
          .register(registry));
    }
    FunctionCounter.builder("aerocast_predict_model_swaps", catalog, ModelCatalog::swaps)
        .description("Models replaced by a newer version since start").register(registry);
    Gauge.builder("aerocast_predict_models_served", catalog, c -> c.versions().size())
        .description("Series with a model loaded on this node").register(registry);
    Gauge.builder("aerocast_predict_model_version_created_seconds", catalog, ModelCatalog::newestVersionEpochSeconds)
        .description("Creation time (epoch seconds, from the version id) of the newest served model version")
        .register(registry);
  }

  /** The meters of this process's default backend, or of a private registry when metrics are off. */
  public static PredictMetrics create(ModelCatalog catalog) {
    MeterRegistry registry = BackendRegistries.getDefaultNow();
    return new PredictMetrics(registry != null ? registry : new SimpleMeterRegistry(), catalog);
  }

  /** Records one request. */
  public void record(Route route, Outcome outcome, long startNanos) {
    requests.get(route).get(outcome).increment();
    latency.get(route).record(System.nanoTime() - startNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT);
  }
}
