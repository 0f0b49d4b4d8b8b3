package io.aerocast.bus.message;

import java.time.Instant;
import java.util.Objects;

/**
 * One weather observation of one series, as a feed received it.
 *
 * <p>Units are normalised by the reader before an observation is made: temperature in degrees
 * Celsius, wind speed in m/s, pressure in hPa. A value that the source did not report is
 * {@link Double#NaN}, never 0.0, so a missing reading can never pass for a real one.
 *
 * @param series      series id, e.g. a station id such as {@code USW00094846}
 * @param time        observation time (UTC instant)
 * @param temperature air temperature in degC, or NaN when missing
 * @param windSpeed   wind speed in m/s, or NaN when missing
 * @param pressure    station or sea-level pressure in hPa, or NaN when missing
 * @param source      where it came from, e.g. {@code replay:LCD_WBAN94846_ORD_2017.csv} or {@code kafka}
 */
public record Observation(
    String series, Instant time, double temperature, double windSpeed, double pressure, String source) {

  public Observation {
    Require.text(series, "series");
    Objects.requireNonNull(time, "time");
    Require.finiteOrMissing(temperature, "temperature");
    Require.finiteOrMissing(windSpeed, "windSpeed");
    Require.finiteOrMissing(pressure, "pressure");
    source = Require.optionalText(source);
  }

  /** True when the temperature, the forecast target, was reported. */
  public boolean hasTemperature() {
    return !Double.isNaN(temperature);
  }
}
