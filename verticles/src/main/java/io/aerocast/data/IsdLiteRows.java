package io.aerocast.data;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Parses NOAA ISD-Lite lines: UTC hour, then temperature, dew point, sea-level pressure, wind (x10), -9999 missing. */
final class IsdLiteRows {

  private IsdLiteRows() {
  }

  static ParsedRows parse(List<String> lines, String series) {
    List<RawRow> rows = new ArrayList<>(lines.size());
    long unparseable = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.trim().split("\\s+");
      if (f.length < 9) {
        unparseable++;
        continue;
      }
      try {
        LocalDateTime time = LocalDateTime.of(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
            Integer.parseInt(f[3]), 0);
        rows.add(new RawRow(series, time.toInstant(ZoneOffset.UTC), "", tenths(f[4]), tenths(f[8]), tenths(f[6])));
      } catch (RuntimeException e) {
        unparseable++;
      }
    }
    return ParsedRows.utc(rows, unparseable);
  }

  private static double tenths(String text) {
    int raw = Integer.parseInt(text);
    return raw == -9999 ? Double.NaN : raw / 10.0;
  }
}
