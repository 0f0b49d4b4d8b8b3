package io.aerocast.predict;

import io.aerocast.bus.ErrorCode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Strict checks of request JSON: numbers must be JSON numbers (not booleans, strings or null), finite
 * (1e999 parses to infinity and is refused), and within {@code maxAbs}; arrays must have exact sizes.
 * Errors name the JSON path (e.g. {@code sequence[3][1]}).
 */
final class InputValidation {

  private final double maxAbs;

  InputValidation(double maxAbs) {
    this.maxAbs = maxAbs;
  }

  double number(Object value, String path) {
    if (!(value instanceof Number number)) {
      throw bad(path + ": must be a number, got " + kind(value));
    }
    double d = number.doubleValue();
    if (!Double.isFinite(d)) {
      throw bad(path + ": must be a finite number");
    }
    if (Math.abs(d) > maxAbs) {
      throw bad(path + ": |value| must be at most " + maxAbs);
    }
    return d;
  }

  JsonArray array(Object value, String path) {
    if (!(value instanceof JsonArray array)) {
      throw bad(path + ": must be an array, got " + kind(value));
    }
    return array;
  }

  /** A window of exactly {@code rows} rows of exactly {@code columns} numbers. */
  double[][] window(Object value, String path, int rows, int columns) {
    JsonArray array = array(value, path);
    if (array.size() != rows) {
      throw bad(path + ": must have exactly " + rows + " rows (the model's window), got " + array.size());
    }
    double[][] window = new double[rows][columns];
    for (int r = 0; r < rows; r++) {
      JsonArray row = array(array.getValue(r), path + "[" + r + "]");
      if (row.size() != columns) {
        throw bad(path + "[" + r + "]: must have exactly " + columns + " values (the model's features), got "
            + row.size());
      }
      for (int c = 0; c < columns; c++) {
        window[r][c] = number(row.getValue(c), path + "[" + r + "][" + c + "]");
      }
    }
    return window;
  }

  static String optionalString(JsonObject body, String field) {
    Object value = body.getValue(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text) || text.isBlank() || text.length() > 200) {
      throw bad(field + ": must be a non-empty string of at most 200 characters");
    }
    return text;
  }

  static Instant instant(Object value, String path) {
    if (!(value instanceof String text) || text.length() > 40) {
      throw bad(path + ": must be an ISO-8601 instant such as 2017-10-01T05:00:00Z");
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw bad(path + ": must be an ISO-8601 instant such as 2017-10-01T05:00:00Z");
    }
  }

  static RequestError bad(String message) {
    return new RequestError(ErrorCode.BAD_REQUEST, message);
  }

  private static String kind(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof JsonArray) {
      return "an array";
    }
    if (value instanceof JsonObject) {
      return "an object";
    }
    return value instanceof Number ? "a number" : "a value";
  }
}
