package io.aerocast.cli;

import io.aerocast.data.ObservationFiles;
import io.aerocast.data.ObservationSet;
import io.aerocast.data.ReadOptions;
import io.aerocast.data.RowRule;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

/** The data options shared by train and bench: which file, which series, how to read it. */
final class DataOptions {

  @Option(names = "--data", required = true, description = "Observation file: NOAA LCD (legacy, v1, v2), ISD, "
      + "ISD-Lite, ASOS CSV or plain CSV (ts,temperature[,windspeed,pressure,series]); format detected from content.")
  Path data;

  @Option(names = "--series", description = "Series to use (default: the first in the file).")
  String series;

  @Option(names = "--units", defaultValue = "degC", description = "Temperature unit of a plain CSV: degC or degF.")
  String units;

  @Option(names = "--rows", defaultValue = "ROUTINE_HOURLY",
      description = "Row rule: ROUTINE_HOURLY (FM-15, last per clock hour) or LAST_PER_HOUR.")
  RowRule rowRule;

  @Option(names = "--utc-offset", description = "UTC offset of an LCD file's local standard time, e.g. -06:00 "
      + "(default: from the METAR times in REM, else the station longitude).")
  String utcOffset;

  ObservationSet read() throws IOException {
    if (!Files.isRegularFile(data)) {
      throw new IllegalArgumentException("no such file: " + data);
    }
    if (!units.equals("degC") && !units.equals("degF")) {
      throw new IllegalArgumentException("--units must be degC or degF");
    }
    ZoneOffset offset = utcOffset == null ? null : ZoneOffset.of(utcOffset);
    return ObservationFiles.read(data, new ReadOptions(rowRule, units.equals("degF"), offset));
  }

  String seriesOf(ObservationSet set) {
    return series != null ? series : set.firstSeries();
  }
}
