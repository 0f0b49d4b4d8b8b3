package io.aerocast.predict;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.aerocast.bus.ErrorCode;
import io.vertx.core.buffer.Buffer;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Reads a request body as a stream of JSON tokens, straight into the arrays the model needs, with strict
 * checks on the way: numbers must be JSON numbers (not booleans, strings or null), finite (1e999 parses to
 * infinity and is refused) and within the caller's limit. NaN and Infinity are not JSON and fail the parse.
 *
 * <p>Why not a {@code JsonObject} tree: on /predict the tree (a map, lists, boxed doubles) and the path
 * strings of every number cost more than the forecast itself. Here a number costs a parse and three
 * comparisons; the JSON path of an error (e.g. {@code sequence[3][1]}) is only built when there is one.
 *
 * <p>Every failure is a {@link RequestError} (400) whose message names the field and never repeats the input.
 * One reader per request; not thread-safe.
 */
final class StrictJsonReader implements AutoCloseable {

  /**
   * Nesting and number length well under Jackson's defaults: no request needs more. The fast double parser
   * reads a number without the two objects and the string per number of {@code Double.parseDouble}, which
   * were most of the garbage of a /predict request; it returns the same correctly rounded double.
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxNumberLength(400).build())
      .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
      .build();

  private final JsonParser parser;

  private StrictJsonReader(JsonParser parser) {
    this.parser = parser;
  }

  /** A reader positioned inside the body's top-level object (its first token already checked). */
  static StrictJsonReader openObject(Buffer body) {
    if (body == null || body.length() == 0) {
      throw bad("body must be a JSON object");
    }
    try {
      JsonParser parser = FACTORY.createParser(body.getBytes());
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw bad("body must be a JSON object");
      }
      return new StrictJsonReader(parser);
    } catch (IOException e) {
      throw notJson();
    }
  }

  /** The next field of the top-level object, its value's first token read; null after the last field. */
  String nextField() {
    JsonToken token = next();
    if (token == JsonToken.END_OBJECT) {
      if (next() != null) {
        throw bad("body has content after its JSON object");
      }
      return null;
    }
    String name = currentName();
    next();
    return name;
  }

  /** The current value as a finite number with |value| at most {@code maxAbs}. */
  double number(Path path, double maxAbs) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
      throw bad(path.text() + ": must be a number, got " + kind(token));
    }
    double value;
    try {
      value = parser.getDoubleValue();
    } catch (IOException e) {
      throw notJson();
    }
    if (!Double.isFinite(value)) {
      throw bad(path.text() + ": must be a finite number");
    }
    if (Math.abs(value) > maxAbs) {
      throw bad(path.text() + ": |value| must be at most " + maxAbs);
    }
    return value;
  }

  /** The current value as a non-blank string of at most 200 characters. */
  String string(String field) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw bad(field + ": must be a non-empty string of at most 200 characters");
    }
    String text = text();
    if (text.isBlank() || text.length() > 200) {
      throw bad(field + ": must be a non-empty string of at most 200 characters");
    }
    return text;
  }

  /** The current value as an ISO-8601 instant. */
  Instant instant(Path path) {
    String text = parser.currentToken() == JsonToken.VALUE_STRING ? text() : null;
    if (text == null || text.length() > 40) {
      throw bad(path.text() + ": must be an ISO-8601 instant such as 2017-10-01T05:00:00Z");
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw bad(path.text() + ": must be an ISO-8601 instant such as 2017-10-01T05:00:00Z");
    }
  }

  /** Checks that the current value opens an array. */
  void beginArray(Path path) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw bad(path.text() + ": must be an array, got " + kind(parser.currentToken()));
    }
  }

  /** Moves to the next element of the current array: true when there is one, false at its end. */
  boolean nextElement() {
    return next() != JsonToken.END_ARRAY;
  }

  /**
   * The current value as a window: an array of rows, each an array of numbers, column c within
   * {@code maxAbsPerColumn[c]} (the last limit for any further column). Sizes are not checked here (the
   * model they must match may be named later in the body); every number is.
   */
  double[][] window(Path path, double[] maxAbsPerColumn) {
    beginArray(path);
    double[][] rows = new double[32][];
    int count = 0;
    while (nextElement()) {
      if (count == rows.length) {
        rows = Arrays.copyOf(rows, count * 2);
      }
      rows[count] = row(path.index(count), maxAbsPerColumn);
      count++;
    }
    return count == rows.length ? rows : Arrays.copyOf(rows, count);
  }

  private double[] row(Path path, double[] maxAbsPerColumn) {
    beginArray(path);
    double[] values = new double[4];
    int count = 0;
    while (nextElement()) {
      if (count == values.length) {
        values = Arrays.copyOf(values, count * 2);
      }
      values[count] = number(path.index(count), maxAbsPerColumn[Math.min(count, maxAbsPerColumn.length - 1)]);
      count++;
    }
    return count == values.length ? values : Arrays.copyOf(values, count);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException ignored) {
      // Parsing a byte array: nothing to release.
    }
  }

  private JsonToken next() {
    try {
      return parser.nextToken();
    } catch (IOException e) {
      throw notJson();
    }
  }

  private String currentName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw notJson();
    }
  }

  private String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw notJson();
    }
  }

  static RequestError bad(String message) {
    return new RequestError(ErrorCode.BAD_REQUEST, message);
  }

  static RequestError notJson() {
    return bad("body is not valid JSON (NaN and Infinity are not JSON)");
  }


  private static String kind(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case VALUE_NULL -> "null";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_STRING -> "a string";
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      default -> "a value";
    };
  }

  /**
   * A JSON path such as {@code sequences[2][5][1]}, kept as parent and index so that it is only turned into
   * text when an error names it. Each step allocates one small object, which escape analysis removes on
   * the hot path.
   */
  record Path(Path parent, String field, int index) {

    static Path of(String field) {
      return new Path(null, field, -1);
    }

    Path index(int i) {
      return new Path(this, null, i);
    }

    String text() {
      return parent == null ? field : parent.text() + "[" + index + "]";
    }
  }
}
