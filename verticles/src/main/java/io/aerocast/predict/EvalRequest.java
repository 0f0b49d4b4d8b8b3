package io.aerocast.predict;

import io.aerocast.predict.StrictJsonReader.Path;
import io.vertx.core.buffer.Buffer;

/**
 * A validated /eval body: {@code {"predicted": p, "actual": a}} with optional {@code "series"}.
 *
 * @param predicted the forecast that was made
 * @param actual    the value observed
 * @param series    the series, or null for the default
 */
public record EvalRequest(double predicted, double actual, String series) {

  /** Reads and checks a body; both values are temperatures, within {@code maxAbsTemperature}. */
  public static EvalRequest read(Buffer body, double maxAbsTemperature) {
    try (StrictJsonReader reader = StrictJsonReader.openObject(body)) {
      Double predicted = null;
      Double actual = null;
      String series = null;
      for (String field = reader.nextField(); field != null; field = reader.nextField()) {
        switch (field) {
          case "predicted" -> predicted = once(predicted, reader.number(Path.of(field), maxAbsTemperature), field);
          case "actual" -> actual = once(actual, reader.number(Path.of(field), maxAbsTemperature), field);
          case "series" -> {
            if (series != null) {
              throw StrictJsonReader.bad("series: given twice");
            }
            series = reader.string(field);
          }
          default -> throw StrictJsonReader.bad("unknown field '" + RequestError.shorten(field)
              + "'; accepted: predicted, actual, series");
        }
      }
      if (predicted == null || actual == null) {
        throw StrictJsonReader.bad("both 'predicted' and 'actual' are required");
      }
      return new EvalRequest(predicted, actual, series);
    }
  }

  private static Double once(Double previous, double value, String field) {
    if (previous != null) {
      throw StrictJsonReader.bad(field + ": given twice");
    }
    return value;
  }
}
