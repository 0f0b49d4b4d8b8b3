package io.aerocast.data;

import java.time.ZoneOffset;
import java.util.List;

/**
 * What a format parser produced, before the row rule.
 *
 * @param rows        parsed rows in normal units
 * @param unparseable lines that could not be parsed at all
 * @param utcOffset   the local-time offset applied (LCD), or null where the file is in UTC
 */
record ParsedRows(List<RawRow> rows, long unparseable, ZoneOffset utcOffset) {

  /** Rows of a format whose times are UTC. */
  static ParsedRows utc(List<RawRow> rows, long unparseable) {
    return new ParsedRows(rows, unparseable, null);
  }
}
