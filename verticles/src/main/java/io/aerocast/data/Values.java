package io.aerocast.data;

/**
 * Parses NOAA-style numeric fields. Empty, {@code NA}, {@code M}, {@code -9999}-style sentinels and
 * flagged values become NaN (missing), never 0.0; a trailing {@code s} (suspect) flag is refused too,
 * since a suspect reading should not train a model.
 */
final class Values {

  private Values() {
  }

  /** A plain decimal, or NaN when missing/flagged/unparseable. */
  static double parse(String field) {
    if (field == null) {
      return Double.NaN;
    }
    String text = field.trim();
    if (text.isEmpty() || text.equals("NA") || text.equals("M") || text.equals("*")) {
      return Double.NaN;
    }
    char last = text.charAt(text.length() - 1);
    if (!Character.isDigit(last) && last != '.') {
      // "29.24s" suspect, "2.50V" variable, "VRB", "T" trace: not a usable measurement.
      return Double.NaN;
    }
    try {
      double value = Double.parseDouble(text);
      return value <= -9999 ? Double.NaN : value;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** NaN unless {@code value} lies in [min, max]: removes physically impossible readings. */
  static double plausible(double value, double min, double max) {
    return value >= min && value <= max ? value : Double.NaN;
  }
}
