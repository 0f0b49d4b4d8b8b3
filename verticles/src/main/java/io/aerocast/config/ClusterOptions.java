package io.aerocast.config;

import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * Options used when the node runs with {@code --cluster} (section {@code cluster}).
 *
 * @param configFile Hazelcast XML file; empty means the cluster.xml bundled in the jar
 */
public record ClusterOptions(String configFile) {

  public static final String SECTION = "cluster";

  public static final ConfigKey CONFIG_FILE = ConfigKey.string(SECTION, "configFile", "",
      "Hazelcast XML used with --cluster. Empty: the bundled cluster/cluster.xml (TCP-IP join on 127.0.0.1).");

  /** This section's keys, in documentation order. */
  public static List<ConfigKey> keys() {
    return List.of(CONFIG_FILE);
  }

  static ClusterOptions from(JsonObject section) {
    return new ClusterOptions(section.getString(CONFIG_FILE.name()));
  }
}
