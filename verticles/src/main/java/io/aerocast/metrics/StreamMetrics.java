package io.aerocast.metrics;

import io.aerocast.predict.StreamForecaster;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.micrometer.backends.BackendRegistries;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Meters of the live forecast stream, named {@code aerocast_stream_*}; tag values come from the
 * {@link StreamForecaster} enums.
 */
public final class StreamMetrics {

  /** Tag key of a result. */
  public static final String RESULT_TAG = "result";

  /** Whether this node published what it computed. */
  public enum Publication { PUBLISHED, NOT_OWNER }

  private final Map<StreamForecaster.Intake, Counter> observations = new EnumMap<>(StreamForecaster.Intake.class);
  private final Map<StreamForecaster.ForecastResult, Counter> forecasts =
      new EnumMap<>(StreamForecaster.ForecastResult.class);
  private final Map<Publication, Counter> outcomes = new EnumMap<>(Publication.class);

  private StreamMetrics(MeterRegistry registry) {
    for (StreamForecaster.Intake intake : StreamForecaster.Intake.values()) {
      observations.put(intake, Counter.builder("aerocast_stream_observations")
          .description("Observations received by the prediction role, by how they were taken")
          .tag(RESULT_TAG, lower(intake)).register(registry));
    }
    for (StreamForecaster.ForecastResult result : StreamForecaster.ForecastResult.values()) {
      if (result != StreamForecaster.ForecastResult.NONE) {
        forecasts.put(result, Counter.builder("aerocast_stream_forecasts")
            .description("Closed hours by forecast result: issued, no model, or gaps in the window")
            .tag(RESULT_TAG, lower(result)).register(registry));
      }
    }
    for (Publication publication : Publication.values()) {
      outcomes.put(publication, Counter.builder("aerocast_stream_outcomes")
          .description("Forecasts set against their actual, by whether this node published the outcome")
          .tag(RESULT_TAG, lower(publication)).register(registry));
    }
  }

  /** The meters of this process's default backend, or of a private registry when metrics are off. */
  public static StreamMetrics create() {
    MeterRegistry registry = BackendRegistries.getDefaultNow();
    return new StreamMetrics(registry != null ? registry : new SimpleMeterRegistry());
  }

  /** Records one observation's step. */
  public void record(StreamForecaster.Step step, boolean owner) {
    observations.get(step.intake()).increment();
    Counter forecast = forecasts.get(step.result());
    if (forecast != null) {
      forecast.increment();
    }
    if (step.outcome().isPresent()) {
      outcomes.get(owner ? Publication.PUBLISHED : Publication.NOT_OWNER).increment();
    }
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
