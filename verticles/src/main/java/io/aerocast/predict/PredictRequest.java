package io.aerocast.predict;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * A validated /predict body: {@code {"sequence": [[temperature, windspeed, pressure], ...]}} or the batch
 * form {@code {"sequences": [...]}}, with optional {@code "series"}, and the time of the last row as
 * {@code "end"} or as the last of {@code "timestamps"} (default: the current hour).
 *
 * @param series  requested series, or null for the default
 * @param windows one or more windows of raw rows
 * @param end     time of each window's last row
 * @param batch   whether the batch form was used
 */
public record PredictRequest(String series, double[][][] windows, Instant end, boolean batch) {

  private static final Set<String> FIELDS = Set.of("sequence", "sequences", "series", "end", "timestamps");

  /** Parses and validates a body against the model's window shape and the limits. */
  public static PredictRequest parse(JsonObject body, int window, int features, int maxBatch, double maxAbs) {
    InputValidation check = new InputValidation(maxAbs);
    for (String field : body.fieldNames()) {
      if (!FIELDS.contains(field)) {
        throw InputValidation.bad("unknown field '" + (field.length() > 40 ? field.substring(0, 40) + "..." : field)
            + "'; accepted: sequence, sequences, series, end, timestamps");
      }
    }
    boolean single = body.containsKey("sequence");
    boolean batch = body.containsKey("sequences");
    if (single == batch) {
      throw InputValidation.bad("give exactly one of 'sequence' (one window) or 'sequences' (a batch)");
    }
    double[][][] windows;
    if (single) {
      windows = new double[][][] {check.window(body.getValue("sequence"), "sequence", window, features)};
    } else {
      JsonArray list = check.array(body.getValue("sequences"), "sequences");
      if (list.isEmpty() || list.size() > maxBatch) {
        throw InputValidation.bad("sequences: must hold 1 to " + maxBatch + " windows, got " + list.size());
      }
      windows = new double[list.size()][][];
      for (int i = 0; i < windows.length; i++) {
        windows[i] = check.window(list.getValue(i), "sequences[" + i + "]", window, features);
      }
    }
    Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
    if (body.containsKey("end")) {
      end = InputValidation.instant(body.getValue("end"), "end");
    }
    if (body.containsKey("timestamps")) {
      JsonArray times = check.array(body.getValue("timestamps"), "timestamps");
      if (times.size() != window) {
        throw InputValidation.bad("timestamps: must have exactly " + window + " entries, got " + times.size());
      }
      Instant previous = null;
      for (int i = 0; i < times.size(); i++) {
        Instant t = InputValidation.instant(times.getValue(i), "timestamps[" + i + "]");
        if (previous != null && !t.equals(previous.plus(1, ChronoUnit.HOURS))) {
          throw InputValidation.bad("timestamps[" + i + "]: steps must be exactly one hour apart");
        }
        previous = t;
      }
      end = previous;
    }
    return new PredictRequest(InputValidation.optionalString(body, "series"), windows, end, batch);
  }
}
