package io.aerocast.data;

import java.util.List;
import java.util.regex.Pattern;

/** Recognises a file's format from its first line (after gzip decompression, where it was gzipped). */
final class FormatDetector {

  private static final Pattern ISD_RECORD = Pattern.compile("^\\d{4}[0-9A-Z]{6}\\d{5}\\d{12}.*");
  private static final Pattern ISD_LITE_LINE =
      Pattern.compile("^\\s*\\d{4}\\s+\\d{1,2}\\s+\\d{1,2}\\s+\\d{1,2}(\\s+-?\\d+){8}\\s*$");

  private FormatDetector() {
  }

  static DataFormat detect(String firstLine) {
    if (ISD_RECORD.matcher(firstLine).matches() && firstLine.length() >= 105) {
      return DataFormat.ISD;
    }
    if (ISD_LITE_LINE.matcher(firstLine).matches()) {
      return DataFormat.ISD_LITE;
    }
    List<String> header = CsvLine.split(firstLine).stream().map(String::trim).toList();
    if (header.contains("HOURLYDRYBULBTEMPF") || header.contains("REPORTTPYE")) {
      return DataFormat.LCD_LEGACY;
    }
    if (header.contains("HourlyDryBulbTemperature")) {
      // v2 (metric) carries the station metadata columns; the 2019+ v1 (imperial) layout does not.
      return header.contains("LATITUDE") ? DataFormat.LCD_V2 : DataFormat.LCD_V1;
    }
    if (header.size() > 5 && header.get(0).equals("origin") && header.contains("temp")
        && header.contains("time_hour")) {
      return DataFormat.ASOS_CSV;
    }
    if (header.contains("ts") && header.contains("temperature")) {
      return DataFormat.PLAIN_CSV;
    }
    String shown = firstLine.length() > 80 ? firstLine.substring(0, 77) + "..." : firstLine;
    throw new UnsupportedFormatException("unrecognised observation file; first line: " + shown);
  }
}
