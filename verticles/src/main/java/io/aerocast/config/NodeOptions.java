package io.aerocast.config;

import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * Options of the node as a whole (section {@code node}): who it is and which roles it runs.
 *
 * @param id              node id shown in /healthz and heartbeats
 * @param roles           roles to run
 * @param heartbeatMillis how often the node announces itself to the cluster
 */
public record NodeOptions(String id, List<Role> roles, int heartbeatMillis) {

  public static final String SECTION = "node";

  public static final ConfigKey ID = ConfigKey.string(SECTION, "id", "",
      "Node id shown in /healthz and node heartbeats. Empty: <hostname>:<http.port>.");
  public static final ConfigKey ROLES = ConfigKey.stringList(SECTION, "roles", Role.allWireNames(), Role.wireNames(),
      "Roles this node runs (the CLI flag --roles sets it too). Default: all of them.");
  public static final ConfigKey HEARTBEAT_MILLIS = ConfigKey.integer(SECTION, "heartbeatMillis", 2000, 100, 60_000,
      "Interval of the node's heartbeat on aerocast.node.status; a peer silent for 3 intervals is dropped.");

  /** This section's keys, in documentation order. */
  public static List<ConfigKey> keys() {
    return List.of(ID, ROLES, HEARTBEAT_MILLIS);
  }

  public NodeOptions {
    roles = List.copyOf(roles);
  }

  /** Reads the section from a validated configuration; a blank id is resolved with {@code defaultId}. */
  static NodeOptions from(JsonObject section, String defaultId) {
    String id = section.getString(ID.name());
    List<Role> roles = section.getJsonArray(ROLES.name()).stream().map(r -> Role.fromWireName((String) r)).toList();
    return new NodeOptions(id.isBlank() ? defaultId : id, roles, section.getInteger(HEARTBEAT_MILLIS.name()));
  }

  /** Whether the node runs the given role. */
  public boolean runs(Role role) {
    return roles.contains(role);
  }

  /** Role wire names, for JSON and heartbeats. */
  public List<String> roleNames() {
    return roles.stream().map(Role::wireName).toList();
  }
}
