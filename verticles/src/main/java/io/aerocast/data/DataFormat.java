package io.aerocast.data;

/** The observation file formats AeroCast reads; detected from the content, never from the file name. */
public enum DataFormat {
  /** NOAA LCD, pre-2019 CDO layout (HOURLYDRYBULBTEMPF, REPORTTPYE): imperial units, local standard time. */
  LCD_LEGACY("NOAA LCD (legacy layout)"),
  /** NOAA LCD v1, 2019+ CDO layout (HourlyDryBulbTemperature, no LATITUDE column): imperial, LST. */
  LCD_V1("NOAA LCD v1"),
  /** NOAA LCD v2 (HourlyDryBulbTemperature with LATITUDE/NAME columns): metric, LST. */
  LCD_V2("NOAA LCD v2"),
  /** NOAA ISD full fixed-width records (optionally gzip): metric, UTC. */
  ISD("NOAA ISD"),
  /** NOAA ISD-Lite: whitespace-separated hourly fields, metric x10, UTC. */
  ISD_LITE("NOAA ISD-Lite"),
  /** Hourly ASOS CSV as in the nycflights13 weather table (origin, temp in degF, time_hour UTC). */
  ASOS_CSV("ASOS hourly CSV (nycflights13 layout)"),
  /** A plain CSV with a {@code ts} and a {@code temperature} column. */
  PLAIN_CSV("plain CSV");

  private final String description;

  DataFormat(String description) {
    this.description = description;
  }

  /** Human-readable name, used in reports and the bench JSON {@code dataset} field. */
  public String description() {
    return description;
  }
}
