package io.aerocast.config;

import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * Options of the admin routes (section {@code admin}).
 *
 * @param token bearer token the admin routes require; empty disables them (every call gets 401)
 */
public record AdminOptions(String token) {

  public static final String SECTION = "admin";

  public static final ConfigKey TOKEN = ConfigKey.string(SECTION, "token", "",
      "Bearer token of the admin routes (promote, rollback). Empty: admin routes refuse every call (401). "
          + "Set it through AEROCAST_ADMIN_TOKEN rather than a file.");

  /** This section's keys, in documentation order. */
  public static List<ConfigKey> keys() {
    return List.of(TOKEN);
  }

  static AdminOptions from(JsonObject section) {
    return new AdminOptions(section.getString(TOKEN.name()));
  }

  @Override
  public String toString() {
    return "AdminOptions[token=" + (token.isEmpty() ? "<none>" : "<set>") + "]";
  }
}
