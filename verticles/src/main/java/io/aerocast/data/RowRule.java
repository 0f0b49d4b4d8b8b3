package io.aerocast.data;

/** Which rows of a file make the hourly series. Always one value per series per UTC clock hour. */
public enum RowRule {
  /**
   * Routine hourly reports only (METAR {@code FM-15}) where the file has report types; of several in
   * one clock hour, the last. Specials (FM-16), SYNOPs (FM-12) and summaries (SOD/SOM) are dropped.
   */
  ROUTINE_HOURLY("routine hourly reports (FM-15 where typed), last per UTC clock hour"),
  /** Every observation report (not summaries); the last one with a temperature in each clock hour. */
  LAST_PER_HOUR("any observation report, last per UTC clock hour");

  private final String description;

  RowRule(String description) {
    this.description = description;
  }

  /** The rule in words, as the bench JSON's {@code rows_rule}. */
  public String description() {
    return description;
  }
}
