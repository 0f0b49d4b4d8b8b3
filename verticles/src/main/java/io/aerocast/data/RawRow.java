package io.aerocast.data;

import java.time.Instant;

/**
 * One parsed observation row before the row rule is applied, in normal units (NaN = missing).
 *
 * @param series      series id (station, or the file's series column)
 * @param time        observation time, UTC
 * @param reportType  report type ({@code FM-15}...), or empty where the format has none
 * @param temperature degC
 * @param windSpeed   m/s
 * @param pressure    hPa
 */
record RawRow(String series, Instant time, String reportType, double temperature, double windSpeed,
    double pressure) {
}
