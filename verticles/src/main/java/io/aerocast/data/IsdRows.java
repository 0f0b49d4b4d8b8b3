package io.aerocast.data;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses NOAA ISD fixed-width records (UTC). Positions below are NOAA's 1-based ones. Pressure is the
 * station pressure of the MA1 section (present at every routine record, unlike sea-level pressure at
 * some stations); values whose quality code marks them suspect or erroneous are missing.
 */
final class IsdRows {

  private IsdRows() {
  }

  static ParsedRows parse(List<String> lines) {
    List<RawRow> rows = new ArrayList<>(lines.size());
    long unparseable = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (line.length() < 105) {
        unparseable++;
        continue;
      }
      try {
        String station = field(line, 5, 10) + "-" + field(line, 11, 15);
        LocalDateTime time = LocalDateTime.of(
            Integer.parseInt(field(line, 16, 19)), Integer.parseInt(field(line, 20, 21)),
            Integer.parseInt(field(line, 22, 23)), Integer.parseInt(field(line, 24, 25)),
            Integer.parseInt(field(line, 26, 27)));
        String type = field(line, 42, 46).trim();
        double wind = scaled(field(line, 66, 69), 9999, 10.0, field(line, 70, 70));
        double temp = scaled(field(line, 88, 92), 9999, 10.0, field(line, 93, 93));
        rows.add(new RawRow(station, time.toInstant(ZoneOffset.UTC), type, temp, wind, stationPressure(line)));
      } catch (RuntimeException e) {
        unparseable++;
      }
    }
    return ParsedRows.utc(rows, unparseable);
  }

  /** MA1: altimeter (5) + quality (1) + station pressure hPa x10 (5) + quality (1). */
  private static double stationPressure(String line) {
    int at = line.indexOf("MA1", 105);
    if (at < 0 || at + 15 > line.length()) {
      return Double.NaN;
    }
    return scaled(line.substring(at + 9, at + 14), 99999, 10.0, line.substring(at + 14, at + 15));
  }

  private static String field(String line, int from, int to) {
    return line.substring(from - 1, to);
  }

  /** Quality codes 2, 3, 6 and 7 mean suspect or erroneous (ISD format document). */
  private static double scaled(String text, int missing, double divisor, String quality) {
    int raw = Integer.parseInt(text.replace("+", "").trim());
    if (Math.abs(raw) == missing || "2367".contains(quality)) {
      return Double.NaN;
    }
    return raw / divisor;
  }
}
