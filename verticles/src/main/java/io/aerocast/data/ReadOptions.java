package io.aerocast.data;

import java.time.ZoneOffset;

/**
 * How to read a file.
 *
 * @param rowRule           which rows become the hourly series
 * @param plainCsvFahrenheit the plain CSV's temperature is in degF ({@code --units degF})
 * @param lcdUtcOffset      UTC offset of an LCD file's local standard time; null to infer it (from the
 *                          METAR time in REM, else from the station longitude)
 */
public record ReadOptions(RowRule rowRule, boolean plainCsvFahrenheit, ZoneOffset lcdUtcOffset) {

  /** Routine hourly reports, one per clock hour; units and offsets inferred. */
  public static ReadOptions defaults() {
    return new ReadOptions(RowRule.ROUTINE_HOURLY, false, null);
  }
}
