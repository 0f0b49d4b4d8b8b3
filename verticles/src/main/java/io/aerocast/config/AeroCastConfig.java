package io.aerocast.config;

import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The whole, validated configuration of a node: one typed options record per section.
 *
 * <p>{@link #from(JsonObject)} is the one way to read configuration: it fills defaults, refuses unknown
 * sections and keys (a typo must not be silently ignored), and checks every value. Each verticle is
 * deployed with the full effective JSON as its {@code config()} and reads its section from here.
 *
 * @param node    the node section
 * @param http    the http section
 * @param cluster the cluster section
 * @param predict the predict section
 * @param admin   the admin section
 * @param json    the effective configuration, every key present
 */
public record AeroCastConfig(NodeOptions node, HttpOptions http, ClusterOptions cluster, PredictOptions predict,
    AdminOptions admin, JsonObject json) {

  /** Every key, by section, in documentation order. */
  public static Map<String, List<ConfigKey>> schema() {
    Map<String, List<ConfigKey>> schema = new LinkedHashMap<>();
    schema.put(NodeOptions.SECTION, NodeOptions.keys());
    schema.put(HttpOptions.SECTION, HttpOptions.keys());
    schema.put(ClusterOptions.SECTION, ClusterOptions.keys());
    schema.put(PredictOptions.SECTION, PredictOptions.keys());
    schema.put(AdminOptions.SECTION, AdminOptions.keys());
    return schema;
  }

  /** Every key, flattened. */
  public static List<ConfigKey> allKeys() {
    List<ConfigKey> keys = new ArrayList<>();
    schema().values().forEach(keys::addAll);
    return keys;
  }

  /** The embedded defaults: what a user gets with no file, flag or variable. */
  public static JsonObject defaults() {
    JsonObject json = new JsonObject();
    for (ConfigKey key : allKeys()) {
      sectionOf(json, key.section()).put(key.name(), key.defaultJson());
    }
    return json;
  }

  /** Validates a configuration (missing keys take their defaults) with no origin information. */
  public static AeroCastConfig from(JsonObject json) {
    return from(json, path -> null);
  }

  /**
   * Validates a configuration; {@code originOf} names where a key's value came from, for error messages.
   *
   * @throws InvalidConfigException on the first unknown or invalid key
   */
  public static AeroCastConfig from(JsonObject json, Function<String, String> originOf) {
    Map<String, List<ConfigKey>> schema = schema();
    JsonObject effective = new JsonObject();
    for (String section : json.fieldNames()) {
      if (!schema.containsKey(section)) {
        throw new InvalidConfigException(section, "unknown config section" + from(originOf.apply(section))
            + "; known sections: " + String.join(", ", schema.keySet()));
      }
      if (!(json.getValue(section) instanceof JsonObject)) {
        throw new InvalidConfigException(section, "must be a JSON object" + from(originOf.apply(section)));
      }
    }
    for (Map.Entry<String, List<ConfigKey>> entry : schema.entrySet()) {
      String section = entry.getKey();
      JsonObject given = json.getJsonObject(section, new JsonObject());
      JsonObject checked = new JsonObject();
      for (String name : given.fieldNames()) {
        if (entry.getValue().stream().noneMatch(k -> k.name().equals(name))) {
          String path = section + "." + name;
          throw new InvalidConfigException(path, "unknown config key" + from(originOf.apply(path)) + "; keys of '"
              + section + "': " + String.join(", ", entry.getValue().stream().map(ConfigKey::name).toList()));
        }
      }
      for (ConfigKey key : entry.getValue()) {
        Object value = given.containsKey(key.name()) ? given.getValue(key.name()) : key.defaultJson();
        checked.put(key.name(), key.validate(value, originOf.apply(key.path())));
      }
      effective.put(section, checked);
    }
    HttpOptions http = HttpOptions.from(effective.getJsonObject(HttpOptions.SECTION));
    NodeOptions node = NodeOptions.from(effective.getJsonObject(NodeOptions.SECTION), defaultNodeId(http));
    effective.getJsonObject(NodeOptions.SECTION).put(NodeOptions.ID.name(), node.id());
    ClusterOptions cluster = ClusterOptions.from(effective.getJsonObject(ClusterOptions.SECTION));
    PredictOptions predict = PredictOptions.from(effective.getJsonObject(PredictOptions.SECTION));
    AdminOptions admin = AdminOptions.from(effective.getJsonObject(AdminOptions.SECTION));
    return new AeroCastConfig(node, http, cluster, predict, admin, effective);
  }

  /** The named section of a config JSON, created empty when absent. */
  static JsonObject sectionOf(JsonObject json, String section) {
    JsonObject existing = json.getJsonObject(section);
    if (existing == null) {
      existing = new JsonObject();
      json.put(section, existing);
    }
    return existing;
  }

  private static String from(String origin) {
    return origin == null ? "" : " (from " + origin + ")";
  }

  /** {@code <hostname>:<http port>}: readable, and unique per process on one machine. */
  private static String defaultNodeId(HttpOptions http) {
    String host = System.getenv("HOSTNAME");
    if (host == null || host.isBlank()) {
      try {
        host = java.net.InetAddress.getLocalHost().getHostName();
      } catch (java.io.IOException e) {
        host = "localhost";
      }
    }
    return host + ":" + http.port();
  }
}
