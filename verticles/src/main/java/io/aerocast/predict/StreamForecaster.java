package io.aerocast.predict;

import io.aerocast.bus.message.Forecast;
import io.aerocast.bus.message.ForecastOutcome;
import io.aerocast.bus.message.Observation;
import io.aerocast.model.GruForecaster;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the live observation stream into forecasts and forecast outcomes, per series.
 *
 * <p>When an hour of a series closes ({@link SeriesStream}): the forecast made for that hour, if any, is
 * set against the temperature reported for it (a {@link ForecastOutcome} with origin {@code stream}, what
 * the drift detectors watch), and the next hour is forecast from the window ending at the closed hour (a
 * {@link Forecast}). A series with no model of its own is forecast by the default series' model, so a new
 * station is watched from its first day; its outcomes then show how well that model fits it.
 *
 * <p>No Vert.x types; not thread-safe (one event loop owns it).
 */
public final class StreamForecaster {

  /** Origin of the outcomes made here, as the drift role sees it. */
  public static final String ORIGIN = "stream";
  /** Hours of history kept per series: a 24-hour window plus a day of room for gaps and carried values. */
  static final int RETAIN_HOURS = 72;
  /** Series tracked at most; more are refused (and counted), so a runaway feed cannot exhaust memory. */
  static final int MAX_SERIES = 10_000;

  /** What happened to an observation. */
  public enum Intake { ACCEPTED, LATE, TOO_MANY_SERIES }

  /** What happened when an hour closed. */
  public enum ForecastResult { NONE, ISSUED, NO_MODEL, GAPS }

  /**
   * The result of one observation.
   *
   * @param intake   how it was taken
   * @param outcome  the outcome of the forecast for the hour it closed, if there was one with an actual
   * @param forecast the forecast of the next hour, if one was made
   * @param result   why there is or is not a forecast
   */
  public record Step(Intake intake, Optional<ForecastOutcome> outcome, Optional<Forecast> forecast,
      ForecastResult result) {

    static Step only(Intake intake) {
      return new Step(intake, Optional.empty(), Optional.empty(), ForecastResult.NONE);
    }
  }

  private final ModelCatalog catalog;
  private final String defaultSeries;
  private final Clock clock;
  private final Map<String, SeriesStream> streams = new HashMap<>();

  /**
   * @param catalog       the models this node serves
   * @param defaultSeries configured default series ({@code predict.defaultSeries}), may be blank
   * @param clock         the time forecasts are issued at
   */
  public StreamForecaster(ModelCatalog catalog, String defaultSeries, Clock clock) {
    this.catalog = catalog;
    this.defaultSeries = defaultSeries;
    this.clock = clock;
  }

  /** Takes one observation. */
  public Step accept(Observation observation) {
    SeriesStream stream = streams.get(observation.series());
    if (stream == null) {
      if (streams.size() >= MAX_SERIES) {
        return Step.only(Intake.TOO_MANY_SERIES);
      }
      stream = new SeriesStream(RETAIN_HOURS);
      streams.put(observation.series(), stream);
    }
    Intake intake = stream.isClosed(observation.time()) ? Intake.LATE : Intake.ACCEPTED;
    Optional<Instant> closed = stream.offer(observation);
    if (closed.isEmpty()) {
      return Step.only(intake);
    }
    Instant hour = closed.get();
    double actual = stream.temperatureAt(hour);
    Optional<ForecastOutcome> outcome = stream.takeAwaiting(hour)
        .filter(f -> !Double.isNaN(actual))
        .map(f -> new ForecastOutcome(f.series(), hour, f.value(), actual, f.modelVersion(), ORIGIN));

    Optional<ServedModel> served = catalog.get(observation.series())
        .or(() -> catalog.defaultSeries(defaultSeries).flatMap(catalog::get));
    if (served.isEmpty()) {
      return new Step(intake, outcome, Optional.empty(), ForecastResult.NO_MODEL);
    }
    GruForecaster model = served.get().model();
    Optional<double[][]> window = stream.window(hour, model.spec().window());
    if (window.isEmpty()) {
      return new Step(intake, outcome, Optional.empty(), ForecastResult.GAPS);
    }
    double value = model.forecast(window.get(), hour);
    Forecast forecast = new Forecast(observation.series(), clock.instant(),
        hour.plusSeconds(model.spec().stepSeconds()), value, value - model.halfWidth(), value + model.halfWidth(),
        model.intervalLevel(), served.get().version());
    stream.await(forecast);
    return new Step(intake, outcome, Optional.of(forecast), ForecastResult.ISSUED);
  }

  /** The newest observation of a series, as received. */
  public Optional<Observation> newest(String series) {
    return Optional.ofNullable(streams.get(series)).flatMap(SeriesStream::newest);
  }

  /** Series tracked. */
  public int seriesCount() {
    return streams.size();
  }
}
