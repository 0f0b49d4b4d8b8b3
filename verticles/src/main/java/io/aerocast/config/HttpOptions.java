package io.aerocast.config;

import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * Options of the HTTP API (section {@code http}).
 *
 * @param host interface to listen on
 * @param port TCP port
 */
public record HttpOptions(String host, int port) {

  public static final String SECTION = "http";

  public static final ConfigKey HOST = ConfigKey.string(SECTION, "host", "127.0.0.1",
      "Interface the HTTP API listens on. Loopback by default; 0.0.0.0 in containers.");
  public static final ConfigKey PORT = ConfigKey.integer(SECTION, "port", 8000, 1, 65535,
      "TCP port of the HTTP API (/healthz, /predict, /metrics, dashboard).");

  /** This section's keys, in documentation order. */
  public static List<ConfigKey> keys() {
    return List.of(HOST, PORT);
  }

  static HttpOptions from(JsonObject section) {
    return new HttpOptions(section.getString(HOST.name()), section.getInteger(PORT.name()));
  }
}
