package io.aerocast.data;

import io.aerocast.bus.message.Observation;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads an observation file of any supported format into hourly series: detects the format from the
 * content (gzip too), parses it, normalises units (degC, m/s, hPa), drops impossible values, and applies
 * the row rule. Blocking file I/O: call it from a worker or a CLI thread, never an event loop.
 */
public final class ObservationFiles {

  /** Report types that are summaries, never observations. */
  private static final Set<String> SUMMARY_TYPES = Set.of("SOD", "SOM", "SY-MT");
  private static final String ROUTINE_TYPE = "FM-15";

  private ObservationFiles() {
  }

  /** Reads a file with the given options. */
  public static ObservationSet read(Path file, ReadOptions options) throws IOException {
    List<String> lines = readLines(file);
    if (lines.isEmpty()) {
      throw new UnsupportedFormatException("empty file: " + file);
    }
    DataFormat format = FormatDetector.detect(lines.get(0));
    String stem = defaultSeries(file);
    ParsedRows parsed = switch (format) {
      case LCD_LEGACY, LCD_V1, LCD_V2 -> LcdRows.parse(format, lines, options.lcdUtcOffset());
      case ISD -> IsdRows.parse(lines);
      case ISD_LITE -> IsdLiteRows.parse(lines, stem);
      case ASOS_CSV -> CsvRows.asos(lines);
      case PLAIN_CSV -> CsvRows.plain(lines, stem, options.plainCsvFahrenheit());
    };
    List<RawRow> rows = parsed.rows();
    long dataLines = format == DataFormat.ISD || format == DataFormat.ISD_LITE ? lines.size() : lines.size() - 1;
    long[] implausible = {0};
    List<RawRow> checked = rows.stream().map(r -> plausible(r, implausible)).toList();
    Map<String, List<Observation>> bySeries = hourly(checked, options.rowRule(), "file:" + file.getFileName());
    long kept = bySeries.values().stream().mapToLong(List::size).sum();
    ReadStats stats = new ReadStats(dataLines, parsed.unparseable(), rows.size() - kept, implausible[0], kept);
    if (bySeries.isEmpty()) {
      throw new UnsupportedFormatException("no usable observation rows in " + file + " (" + format.description() + ")");
    }
    return new ObservationSet(format, options.rowRule(), bySeries, stats, parsed.utcOffset());
  }

  private static List<String> readLines(Path file) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
      raw.mark(2);
      int b1 = raw.read();
      int b2 = raw.read();
      raw.reset();
      InputStream in = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(raw) : raw;
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
          lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
        }
        return lines;
      }
    }
  }

  /** The file name without extensions and, for NOAA names like 725755-24101-2014, without the year. */
  static String defaultSeries(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    if (stem.matches("\\d{6}-\\d{5}-\\d{4}")) {
      stem = stem.substring(0, 12);
    }
    return SeriesIds.sanitize(stem);
  }

  private static RawRow plausible(RawRow r, long[] implausible) {
    double t = Values.plausible(r.temperature(), -90, 60);
    double w = Values.plausible(r.windSpeed(), 0, 75);
    double p = Values.plausible(r.pressure(), 500, 1100);
    implausible[0] += changed(r.temperature(), t) + changed(r.windSpeed(), w) + changed(r.pressure(), p);
    return new RawRow(r.series(), r.time(), r.reportType(), t, w, p);
  }

  private static int changed(double before, double after) {
    return !Double.isNaN(before) && Double.isNaN(after) ? 1 : 0;
  }

  /** Applies the row rule: one observation per series per UTC clock hour, stamped with the hour's start. */
  static Map<String, List<Observation>> hourly(List<RawRow> rows, RowRule rule, String source) {
    Map<String, List<RawRow>> bySeries = new LinkedHashMap<>();
    rows.forEach(r -> bySeries.computeIfAbsent(r.series(), s -> new ArrayList<>()).add(r));
    Map<String, List<Observation>> result = new LinkedHashMap<>();
    bySeries.forEach((series, seriesRows) -> {
      boolean typed = seriesRows.stream().anyMatch(r -> !r.reportType().isEmpty());
      boolean hasRoutine = seriesRows.stream().anyMatch(r -> r.reportType().equals(ROUTINE_TYPE));
      TreeMap<Instant, RawRow> perHour = new TreeMap<>();
      for (RawRow r : seriesRows) {
        if (SUMMARY_TYPES.contains(r.reportType())) {
          continue;
        }
        if (rule == RowRule.ROUTINE_HOURLY && typed && hasRoutine && !r.reportType().equals(ROUTINE_TYPE)) {
          continue;
        }
        Instant hour = r.time().truncatedTo(ChronoUnit.HOURS);
        RawRow current = perHour.get(hour);
        // The last report of the hour wins, but a report with a temperature beats one without.
        if (current == null || !r.time().isBefore(current.time()) && (!Double.isNaN(r.temperature())
            || Double.isNaN(current.temperature()))) {
          perHour.put(hour, r);
        } else if (Double.isNaN(current.temperature()) && !Double.isNaN(r.temperature())) {
          perHour.put(hour, r);
        }
      }
      List<Observation> observations = new ArrayList<>(perHour.size());
      perHour.forEach((hour, r) -> observations.add(
          new Observation(series, hour, r.temperature(), r.windSpeed(), r.pressure(), source)));
      if (!observations.isEmpty()) {
        result.put(series, observations);
      }
    });
    return result;
  }
}
