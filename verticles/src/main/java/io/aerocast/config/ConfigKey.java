package io.aerocast.config;

import io.vertx.core.json.JsonArray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * One documented configuration key: its section, name, type, default, documentation and validation.
 * Keys are declared as constants by the options record that consumes them (Kafka's StreamsConfig
 * style), so the default and the doc live next to the code that uses the value.
 *
 * <p>A key is set in a config file as {@code {"<section>": {"<name>": value}}}, as a system property
 * {@code -Daerocast.<section>.<name>=value}, or as an environment variable
 * {@code AEROCAST_<SECTION>_<NAME>} with the camelCase name in upper snake case.
 */
public final class ConfigKey {

  /** The value types a key can have. Lists are JSON arrays in files and comma-separated in text. */
  public enum Type { INT, DOUBLE, BOOLEAN, STRING, STRING_LIST }

  private final String section;
  private final String name;
  private final Type type;
  private final Object defaultValue;
  private final String doc;
  private final double min;
  private final double max;
  private final Set<String> allowed;

  private ConfigKey(String section, String name, Type type, Object defaultValue, String doc, double min, double max,
      Set<String> allowed) {
    this.section = section;
    this.name = name;
    this.type = type;
    this.defaultValue = defaultValue;
    this.doc = doc;
    this.min = min;
    this.max = max;
    this.allowed = allowed;
  }

  /** An integer key with an inclusive range. */
  public static ConfigKey integer(String section, String name, int defaultValue, int min, int max, String doc) {
    return new ConfigKey(section, name, Type.INT, defaultValue, doc, min, max, Set.of());
  }

  /** A decimal key with an inclusive range. */
  public static ConfigKey decimal(String section, String name, double defaultValue, double min, double max,
      String doc) {
    return new ConfigKey(section, name, Type.DOUBLE, defaultValue, doc, min, max, Set.of());
  }

  /** A free string key (may be empty). */
  public static ConfigKey string(String section, String name, String defaultValue, String doc) {
    return new ConfigKey(section, name, Type.STRING, defaultValue, doc, 0, 0, Set.of());
  }

  /** A boolean key. */
  public static ConfigKey bool(String section, String name, boolean defaultValue, String doc) {
    return new ConfigKey(section, name, Type.BOOLEAN, defaultValue, doc, 0, 0, Set.of());
  }

  /** A list of strings, each one of {@code allowed}; duplicates are refused. */
  public static ConfigKey stringList(String section, String name, List<String> defaultValue, Set<String> allowed,
      String doc) {
    return new ConfigKey(section, name, Type.STRING_LIST, List.copyOf(defaultValue), doc, 0, 0,
        new TreeSet<>(allowed));
  }

  public String section() {
    return section;
  }

  public String name() {
    return name;
  }

  /** {@code section.name}, as used in messages and docs. */
  public String path() {
    return section + "." + name;
  }

  public Type type() {
    return type;
  }

  public String doc() {
    return doc;
  }

  /** The default in its JSON form (a list default as a JsonArray). */
  public Object defaultJson() {
    return defaultValue instanceof List<?> list ? new JsonArray(new ArrayList<>(list)) : defaultValue;
  }

  /** The environment variable that sets this key, e.g. {@code AEROCAST_HTTP_BODY_LIMIT_BYTES}. */
  public String envName() {
    return "AEROCAST_" + section.toUpperCase(Locale.ROOT) + "_"
        + name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** The system property that sets this key, e.g. {@code aerocast.http.port}. */
  public String systemPropertyName() {
    return "aerocast." + path();
  }

  /** A short human description of the accepted values, for docs and error messages. */
  public String accepted() {
    return switch (type) {
      case INT -> "integer " + (long) min + ".." + (long) max;
      case DOUBLE -> "number " + min + ".." + max;
      case BOOLEAN -> "true or false";
      case STRING -> "string";
      case STRING_LIST -> "list of " + String.join("|", allowed);
    };
  }

  /**
   * Converts a textual value (environment variable, system property, command-line flag) to this key's
   * JSON type, and validates it.
   */
  public Object parseText(String text, String origin) {
    String trimmed = text.trim();
    Object json = switch (type) {
      case INT -> {
        try {
          yield Integer.parseInt(trimmed);
        } catch (NumberFormatException e) {
          throw invalid("must be an integer, got '" + abbreviate(text) + "'", origin);
        }
      }
      case DOUBLE -> {
        try {
          yield Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
          throw invalid("must be a number, got '" + abbreviate(text) + "'", origin);
        }
      }
      case BOOLEAN -> {
        if (!trimmed.equalsIgnoreCase("true") && !trimmed.equalsIgnoreCase("false")) {
          throw invalid("must be true or false, got '" + abbreviate(text) + "'", origin);
        }
        yield Boolean.parseBoolean(trimmed);
      }
      case STRING -> text;
      case STRING_LIST -> trimmed.isEmpty() ? new JsonArray()
          : new JsonArray(Arrays.stream(trimmed.split(",")).map(String::trim).map(s -> (Object) s).toList());
    };
    return validate(json, origin);
  }

  /**
   * Checks a JSON value (from a config file or the merged result) against this key's type and
   * constraints, and returns it in canonical form (lists lower-cased).
   *
   * @throws InvalidConfigException naming the key, the problem and the origin
   */
  public Object validate(Object json, String origin) {
    if (json == null) {
      throw invalid("must not be null", origin);
    }
    switch (type) {
      case INT -> {
        if (!(json instanceof Integer || json instanceof Long) || ((Number) json).longValue() != ((Number) json)
            .doubleValue()) {
          throw invalid("must be an integer, got " + describe(json), origin);
        }
        long value = ((Number) json).longValue();
        if (value < min || value > max) {
          throw invalid("must be between " + (long) min + " and " + (long) max + ", got " + value, origin);
        }
        return (int) value;
      }
      case DOUBLE -> {
        if (!(json instanceof Number number) || !Double.isFinite(number.doubleValue())) {
          throw invalid("must be a finite number, got " + describe(json), origin);
        }
        if (number.doubleValue() < min || number.doubleValue() > max) {
          throw invalid("must be between " + min + " and " + max + ", got " + number, origin);
        }
        return number.doubleValue();
      }
      case BOOLEAN -> {
        if (!(json instanceof Boolean)) {
          throw invalid("must be true or false, got " + describe(json), origin);
        }
        return json;
      }
      case STRING -> {
        if (!(json instanceof String)) {
          throw invalid("must be a string, got " + describe(json), origin);
        }
        return json;
      }
      case STRING_LIST -> {
        if (!(json instanceof JsonArray array)) {
          throw invalid("must be a list, got " + describe(json), origin);
        }
        List<Object> canonical = new ArrayList<>();
        for (Object element : array) {
          if (!(element instanceof String text)) {
            throw invalid("list elements must be strings, got " + describe(element), origin);
          }
          String value = text.trim().toLowerCase(Locale.ROOT);
          if (!allowed.isEmpty() && !allowed.contains(value)) {
            throw invalid("unknown value '" + abbreviate(text) + "'; allowed: " + String.join(", ", allowed), origin);
          }
          if (canonical.contains(value)) {
            throw invalid("'" + value + "' is listed twice", origin);
          }
          canonical.add(value);
        }
        return new JsonArray(canonical);
      }
      default -> throw new IllegalStateException("unhandled type " + type);
    }
  }

  private InvalidConfigException invalid(String problem, String origin) {
    return new InvalidConfigException(path(), problem + (origin == null ? "" : " (from " + origin + ")"));
  }

  private static String describe(Object json) {
    if (json == null) {
      return "null";
    }
    String kind = json instanceof String ? "string" : json instanceof Boolean ? "boolean"
        : json instanceof Number ? "number" : json instanceof JsonArray ? "list" : "object";
    String shown = json instanceof String s ? "'" + abbreviate(s) + "'" : abbreviate(String.valueOf(json));
    return kind + " " + shown;
  }

  /** Values are echoed in one-line errors: keep them short. */
  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
