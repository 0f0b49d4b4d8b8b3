package io.aerocast.data;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses NOAA LCD CSV in its three layouts. LCD times are local standard time all year (no daylight
 * saving); the UTC offset comes from the options, else from the METAR time group in REM, else from
 * the station longitude (15 degrees per hour).
 */
final class LcdRows {

  private static final Pattern METAR_TIME = Pattern.compile("\\b(\\d{2})(\\d{2})(\\d{2})Z\\b");

  private record Layout(String reportType, String temperature, boolean fahrenheit, String fallbackTemperatureF,
      String windSpeed, boolean mph, String pressure, boolean inHg) {
  }

  private static final Layout LEGACY = new Layout("REPORTTPYE", "HOURLYDRYBULBTEMPC", false, "HOURLYDRYBULBTEMPF",
      "HOURLYWindSpeed", true, "HOURLYStationPressure", true);
  private static final Layout V1 = new Layout("REPORT_TYPE", "HourlyDryBulbTemperature", true, null,
      "HourlyWindSpeed", true, "HourlyStationPressure", true);
  private static final Layout V2 = new Layout("REPORT_TYPE", "HourlyDryBulbTemperature", false, null,
      "HourlyWindSpeed", false, "HourlyStationPressure", false);

  private LcdRows() {
  }

  static ParsedRows parse(DataFormat format, List<String> lines, ZoneOffset offsetOverride) {
    Layout layout = switch (format) {
      case LCD_LEGACY -> LEGACY;
      case LCD_V1 -> V1;
      case LCD_V2 -> V2;
      default -> throw new IllegalArgumentException(format + " is not LCD");
    };
    Header header = new Header(CsvLine.split(lines.get(0)));
    int date = header.require("DATE");
    int station = header.require("STATION");
    int type = header.require(layout.reportType());
    int temp = header.require(layout.temperature());
    int tempF = layout.fallbackTemperatureF() == null ? -1 : header.index(layout.fallbackTemperatureF());
    int wind = header.index(layout.windSpeed());
    int pressure = header.index(layout.pressure());
    int rem = header.index("REM");
    int longitude = header.index("LONGITUDE");

    List<List<String>> records = new ArrayList<>(lines.size());
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        records.add(CsvLine.split(lines.get(i)));
      }
    }
    ZoneOffset offset = offsetOverride != null ? offsetOverride : inferOffset(records, date, rem, longitude);

    List<RawRow> rows = new ArrayList<>(records.size());
    long unparseable = 0;
    for (List<String> r : records) {
      if (r.size() <= Math.max(date, Math.max(type, temp))) {
        unparseable++;
        continue;
      }
      Instant time;
      try {
        time = localTime(r.get(date)).toInstant(offset);
      } catch (DateTimeParseException e) {
        unparseable++;
        continue;
      }
      double t = Values.parse(r.get(temp));
      if (layout.fahrenheit()) {
        t = Units.fahrenheitToCelsius(t);
      }
      if (Double.isNaN(t) && tempF >= 0 && tempF < r.size()) {
        t = Units.fahrenheitToCelsius(Values.parse(r.get(tempF)));
      }
      double w = wind >= 0 && wind < r.size() ? Values.parse(r.get(wind)) : Double.NaN;
      if (layout.mph()) {
        w = Units.mphToMps(w);
      }
      double p = pressure >= 0 && pressure < r.size() ? Values.parse(r.get(pressure)) : Double.NaN;
      if (layout.inHg()) {
        p = Units.inHgToHpa(p);
      }
      rows.add(new RawRow(SeriesIds.sanitize(r.get(station)), time, r.get(type).trim(), t, w, p));
    }
    return new ParsedRows(rows, unparseable, offset);
  }

  private static LocalDateTime localTime(String text) {
    String trimmed = text.trim();
    return LocalDateTime.parse(trimmed.length() == 16 ? trimmed.replace(' ', 'T') + ":00" : trimmed.replace(' ', 'T'));
  }

  /** Local minus UTC, from the first METAR time group in REM, else from longitude. */
  static ZoneOffset inferOffset(List<List<String>> records, int date, int rem, int longitude) {
    if (rem >= 0) {
      for (List<String> r : records) {
        if (r.size() <= rem) {
          continue;
        }
        Matcher m = METAR_TIME.matcher(r.get(rem));
        if (r.get(rem).contains("METAR") && m.find()) {
          try {
            LocalDateTime local = localTime(r.get(date));
            int utcHour = Integer.parseInt(m.group(2));
            int utcMinute = Integer.parseInt(m.group(3));
            int localMinutes = local.getHour() * 60 + local.getMinute();
            int diff = Math.floorMod(localMinutes - (utcHour * 60 + utcMinute) + 12 * 60, 24 * 60) - 12 * 60;
            return ZoneOffset.ofHours(Math.round(diff / 60f));
          } catch (RuntimeException e) {
            // try the next row
          }
        }
      }
    }
    if (longitude >= 0) {
      for (List<String> r : records) {
        if (r.size() > longitude) {
          double lon = Values.parse(r.get(longitude));
          if (!Double.isNaN(lon)) {
            return ZoneOffset.ofHours((int) Math.round(lon / 15.0));
          }
        }
      }
    }
    throw new UnsupportedFormatException(
        "cannot tell the UTC offset of this LCD file (no METAR in REM, no LONGITUDE); give it explicitly");
  }

  /** Column lookup by exact name; the first occurrence wins (v1 repeats REPORT_TYPE and SOURCE). */
  private static final class Header {
    private final List<String> names;

    Header(List<String> names) {
      this.names = names.stream().map(String::trim).toList();
    }

    int index(String name) {
      return names.indexOf(name);
    }

    int require(String name) {
      int i = index(name);
      if (i < 0) {
        throw new UnsupportedFormatException("LCD file has no " + name + " column");
      }
      return i;
    }
  }
}
