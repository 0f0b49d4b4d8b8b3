package io.aerocast.data;

import io.aerocast.bus.message.Observation;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The hourly observations read from one file, per series, each list sorted by time with one
 * observation per UTC clock hour (the observation's time is the start of that hour).
 *
 * @param format     detected format
 * @param rowRule    the row rule applied
 * @param bySeries   observations per series id, in file order of first appearance
 * @param stats      counts of what the read did
 * @param utcOffset  the local-time offset applied (LCD), or null where the file is in UTC
 */
public record ObservationSet(DataFormat format, RowRule rowRule, Map<String, List<Observation>> bySeries,
    ReadStats stats, ZoneOffset utcOffset) {

  /** The first series of the file: the default for training and benchmarks. */
  public String firstSeries() {
    return bySeries.keySet().iterator().next();
  }

  /** One series' observations. */
  public List<Observation> series(String id) {
    List<Observation> observations = bySeries.get(id);
    if (observations == null) {
      throw new IllegalArgumentException("no series '" + id + "' in the file; series: " + bySeries.keySet());
    }
    return observations;
  }
}
