package io.aerocast.predict;

import io.aerocast.predict.StrictJsonReader.Path;
import io.vertx.core.buffer.Buffer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * A /predict body: {@code {"sequence": [[temperature, windspeed, pressure], ...]}} or the batch form
 * {@code {"sequences": [...]}}, with optional {@code "series"}, and the time of the last row as
 * {@code "end"} or as the last of {@code "timestamps"} (default: the current hour).
 *
 * <p>{@link #read} checks everything that does not depend on the model (JSON shape, every number, the
 * timestamps, the batch size); {@link #checkShape} then checks the windows against the model the series picks.
 *
 * @param series  requested series, or null for the default
 * @param windows one or more windows of raw rows
 * @param end     time of each window's last row
 * @param batch   whether the batch form was used
 */
public record PredictRequest(String series, double[][][] windows, Instant end, boolean batch) {

  private static final String ACCEPTED = "accepted: sequence, sequences, series, end, timestamps";

  /**
   * Reads and checks a body; every number is checked as it is read against the limit of its column
   * ({@code maxAbsPerColumn}: temperature, windspeed, pressure).
   */
  public static PredictRequest read(Buffer body, int maxBatch, double[] maxAbsPerColumn) {
    try (StrictJsonReader reader = StrictJsonReader.openObject(body)) {
      String series = null;
      double[][][] windows = null;
      boolean batch = false;
      Instant end = null;
      Instant lastTimestamp = null;
      int timestamps = -1;
      boolean seenSeries = false;
      boolean seenEnd = false;
      for (String field = reader.nextField(); field != null; field = reader.nextField()) {
        switch (field) {
          case "sequence", "sequences" -> {
            if (windows != null) {
              throw StrictJsonReader.bad("give exactly one of 'sequence' (one window) or 'sequences' (a batch)");
            }
            batch = field.equals("sequences");
            windows = batch ? batch(reader, maxBatch, maxAbsPerColumn)
                : new double[][][] {reader.window(Path.of("sequence"), maxAbsPerColumn)};
          }
          case "series" -> {
            once(seenSeries, field);
            seenSeries = true;
            series = reader.string("series");
          }
          case "end" -> {
            once(seenEnd, field);
            seenEnd = true;
            end = reader.instant(Path.of("end"));
          }
          case "timestamps" -> {
            once(timestamps >= 0, field);
            Path path = Path.of("timestamps");
            reader.beginArray(path);
            timestamps = 0;
            while (reader.nextElement()) {
              Instant t = reader.instant(path.index(timestamps));
              if (lastTimestamp != null && !t.equals(lastTimestamp.plus(1, ChronoUnit.HOURS))) {
                throw StrictJsonReader.bad("timestamps[" + timestamps + "]: steps must be exactly one hour apart");
              }
              lastTimestamp = t;
              timestamps++;
            }
          }
          default -> throw StrictJsonReader.bad("unknown field '" + RequestError.shorten(field) + "'; "
              + ACCEPTED);
        }
      }
      if (windows == null) {
        throw StrictJsonReader.bad("give exactly one of 'sequence' (one window) or 'sequences' (a batch)");
      }
      if (timestamps >= 0) {
        for (double[][] window : windows) {
          if (window.length != timestamps) {
            throw StrictJsonReader.bad("timestamps: must have one entry per row of the window (" + window.length
                + "), got " + timestamps);
          }
        }
        // The timestamps are the rows' times: the last one is the window's end, whatever "end" says.
        end = lastTimestamp;
      }
      return new PredictRequest(series, windows, end != null ? end : Instant.now().truncatedTo(ChronoUnit.HOURS),
          batch);
    }
  }

  /** Checks every window against the model's window length and feature count. */
  public void checkShape(int window, int features) {
    for (int w = 0; w < windows.length; w++) {
      String path = batch ? "sequences[" + w + "]" : "sequence";
      double[][] rows = windows[w];
      if (rows.length != window) {
        throw StrictJsonReader.bad(path + ": must have exactly " + window + " rows (the model's window), got "
            + rows.length);
      }
      for (int r = 0; r < rows.length; r++) {
        if (rows[r].length != features) {
          throw StrictJsonReader.bad(path + "[" + r + "]: must have exactly " + features
              + " values (the model's features), got " + rows[r].length);
        }
      }
    }
  }

  private static double[][][] batch(StrictJsonReader reader, int maxBatch, double[] maxAbsPerColumn) {
    Path path = Path.of("sequences");
    reader.beginArray(path);
    double[][][] windows = new double[Math.min(maxBatch, 16)][][];
    int count = 0;
    while (reader.nextElement()) {
      if (count == maxBatch) {
        throw StrictJsonReader.bad("sequences: must hold 1 to " + maxBatch + " windows, got more");
      }
      if (count == windows.length) {
        windows = Arrays.copyOf(windows, Math.min(maxBatch, count * 2));
      }
      windows[count] = reader.window(path.index(count), maxAbsPerColumn);
      count++;
    }
    if (count == 0) {
      throw StrictJsonReader.bad("sequences: must hold 1 to " + maxBatch + " windows, got 0");
    }
    return count == windows.length ? windows : Arrays.copyOf(windows, count);
  }

  private static void once(boolean seen, String field) {
    if (seen) {
      throw StrictJsonReader.bad(field + ": given twice");
    }
  }
}
