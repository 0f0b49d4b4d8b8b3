package io.aerocast.data;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Parses the two CSV layouts with named columns: the plain AeroCast CSV and the nycflights13 ASOS table. */
final class CsvRows {

  private CsvRows() {
  }

  /**
   * Plain CSV: {@code ts} (ISO-8601; no offset means UTC), {@code temperature} (degC, or degF when asked),
   * optional {@code windspeed} (m/s), {@code pressure} (hPa), {@code series}.
   */
  static ParsedRows plain(List<String> lines, String defaultSeries, boolean fahrenheit) {
    List<String> header = CsvLine.split(lines.get(0)).stream().map(String::trim).toList();
    int ts = header.indexOf("ts");
    int temp = header.indexOf("temperature");
    int wind = header.indexOf("windspeed");
    int pressure = header.indexOf("pressure");
    int series = header.indexOf("series");
    return rows(lines, r -> {
      double t = Values.parse(r.get(temp));
      return new RawRow(series >= 0 ? SeriesIds.sanitize(r.get(series)) : defaultSeries, parseTime(r.get(ts)), "",
          fahrenheit ? Units.fahrenheitToCelsius(t) : t, optional(r, wind), optional(r, pressure));
    });
  }

  /** nycflights13 weather: {@code origin}, {@code temp} degF, {@code wind_speed} mph, {@code pressure} hPa, {@code time_hour} UTC. */
  static ParsedRows asos(List<String> lines) {
    List<String> header = CsvLine.split(lines.get(0)).stream().map(String::trim).toList();
    int origin = header.indexOf("origin");
    int temp = header.indexOf("temp");
    int wind = header.indexOf("wind_speed");
    int pressure = header.indexOf("pressure");
    int time = header.indexOf("time_hour");
    return rows(lines, r -> new RawRow(SeriesIds.sanitize(r.get(origin)), parseTime(r.get(time)), "",
        Units.fahrenheitToCelsius(Values.parse(r.get(temp))), Units.mphToMps(optional(r, wind)), optional(r, pressure)));
  }

  private interface RowParser {
    RawRow parse(List<String> record);
  }

  private static ParsedRows rows(List<String> lines, RowParser parser) {
    List<RawRow> rows = new ArrayList<>(lines.size());
    long unparseable = 0;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        rows.add(parser.parse(CsvLine.split(lines.get(i))));
      } catch (RuntimeException e) {
        unparseable++;
      }
    }
    return ParsedRows.utc(rows, unparseable);
  }

  private static double optional(List<String> record, int index) {
    return index >= 0 && index < record.size() ? Values.parse(record.get(index)) : Double.NaN;
  }

  /** ISO-8601 with an offset or {@code Z}; without one (or with a space for 'T') it is UTC. */
  static Instant parseTime(String text) {
    String trimmed = text.trim().replace(' ', 'T');
    try {
      return OffsetDateTime.parse(trimmed).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      return LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
    }
  }
}
