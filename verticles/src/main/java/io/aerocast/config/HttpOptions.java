package io.aerocast.config;

import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * Options of the HTTP API (section {@code http}).
 *
 * @param host      interface to listen on
 * @param port      TCP port
 * @param instances HTTP verticle instances (event loops serving the port)
 */
public record HttpOptions(String host, int port, int instances) {

  public static final String SECTION = "http";

  public static final ConfigKey HOST = ConfigKey.string(SECTION, "host", "127.0.0.1",
      "Interface the HTTP API listens on. Loopback by default; 0.0.0.0 in containers.");
  public static final ConfigKey PORT = ConfigKey.integer(SECTION, "port", 8000, 1, 65535,
      "TCP port of the HTTP API (/healthz, /predict, /metrics, dashboard).");
  public static final ConfigKey INSTANCES = ConfigKey.integer(SECTION, "instances", 0, 0, 256,
      "HTTP verticle instances sharing the port, one event loop each. 0: one per CPU core.");

  /** This section's keys, in documentation order. */
  public static List<ConfigKey> keys() {
    return List.of(HOST, PORT, INSTANCES);
  }

  static HttpOptions from(JsonObject section) {
    return new HttpOptions(section.getString(HOST.name()), section.getInteger(PORT.name()),
        section.getInteger(INSTANCES.name()));
  }

  /** Instances to deploy: the configured number, or one per available core. */
  public int effectiveInstances() {
    return instances > 0 ? instances : Runtime.getRuntime().availableProcessors();
  }
}
