package io.aerocast.predict;

import io.aerocast.bus.message.Forecast;
import io.aerocast.bus.message.Observation;
import io.aerocast.model.features.HourlySeries;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The live state of one series: its recent observations on the hourly grid the models were trained on,
 * and the forecasts waiting for their actual.
 *
 * <p>Observations are kept one per UTC clock hour (and stamped with the hour's start when a window is built),
 * by the rule the training data uses (the last report of the hour wins, but one with a temperature beats one without). An hour is
 * <em>closed</em> when the first observation of a later hour arrives: a live feed reports in time order, so
 * nothing more is expected for it. A report for an already closed hour still fills its slot (a later window
 * may use it) but closes nothing. Not thread-safe: one event loop owns it.
 */
final class SeriesStream {

  private final int retainHours;
  private final TreeMap<Instant, Observation> hours = new TreeMap<>();
  private final TreeMap<Instant, Forecast> awaiting = new TreeMap<>();
  private Instant openHour;
  private Observation newest;

  /** @param retainHours hours of history kept: the model's window plus room to interpolate and carry forward */
  SeriesStream(int retainHours) {
    this.retainHours = retainHours;
  }

  /**
   * Takes one observation.
   *
   * @return the hour this observation closed, if it is the first of a later hour than the open one
   */
  Optional<Instant> offer(Observation observation) {
    if (newest == null || !observation.time().isBefore(newest.time())) {
      newest = observation;
    }
    Instant hour = observation.time().truncatedTo(ChronoUnit.HOURS);
    Observation current = hours.get(hour);
    if (current == null
        || !observation.time().isBefore(current.time()) && (observation.hasTemperature() || !current.hasTemperature())
        || !current.hasTemperature() && observation.hasTemperature()) {
      hours.put(hour, observation);
    }
    Optional<Instant> closed = Optional.empty();
    if (openHour == null || hour.isAfter(openHour)) {
      closed = Optional.ofNullable(openHour);
      openHour = hour;
    }
    Instant horizon = openHour.minus(retainHours, ChronoUnit.HOURS);
    hours.headMap(horizon).clear();
    awaiting.headMap(horizon).clear();
    return closed;
  }

  /** True when {@code hour} is before the open hour, so no report for it can close anything. */
  boolean isClosed(Instant hour) {
    return openHour != null && hour.truncatedTo(ChronoUnit.HOURS).isBefore(openHour);
  }

  /**
   * The raw rows [temperature, windspeed, pressure] of the {@code window} hours ending at {@code end}, with
   * the gap rules of training ({@link HourlySeries}: short temperature gaps interpolated, wind and
   * pressure carried forward); empty when a value is still missing, as training would skip such a window.
   */
  Optional<double[][]> window(Instant end, int window) {
    if (!hours.containsKey(end)) {
      return Optional.empty();
    }
    List<Observation> upToEnd = new ArrayList<>();
    hours.headMap(end, true).forEach((hour, o) -> upToEnd.add(
        new Observation(o.series(), hour, o.temperature(), o.windSpeed(), o.pressure(), o.source())));
    HourlySeries grid = HourlySeries.of(upToEnd);
    int last = grid.indexOf(end);
    int first = last - window + 1;
    if (first < 0) {
      return Optional.empty();
    }
    double[][] columns = grid.columns();
    double[][] rows = new double[window][columns.length];
    for (int r = 0; r < window; r++) {
      for (int c = 0; c < columns.length; c++) {
        double value = columns[c][first + r];
        if (Double.isNaN(value)) {
          return Optional.empty();
        }
        rows[r][c] = value;
      }
    }
    return Optional.of(rows);
  }

  /** The temperature reported for an hour, NaN when none was. */
  double temperatureAt(Instant hour) {
    Observation observation = hours.get(hour);
    return observation == null ? Double.NaN : observation.temperature();
  }

  /** Remembers a forecast until its target hour closes. */
  void await(Forecast forecast) {
    awaiting.put(forecast.targetTime(), forecast);
  }

  /** The forecast made for an hour, removed from the waiting list. */
  Optional<Forecast> takeAwaiting(Instant hour) {
    return Optional.ofNullable(awaiting.remove(hour));
  }

  /** The newest observation received, as received (not on the hourly grid). */
  Optional<Observation> newest() {
    return Optional.ofNullable(newest);
  }

  /** Hours held, for tests and diagnostics. */
  Map<Instant, Observation> hours() {
    return java.util.Collections.unmodifiableMap(hours);
  }
}
