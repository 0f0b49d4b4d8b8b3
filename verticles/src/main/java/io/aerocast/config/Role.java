package io.aerocast.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The roles a node can run; {@code --roles} and {@code node.roles} name them in lower case. */
public enum Role {
  /** Reads sources (replayed files, live APIs, simulators, Kafka) and publishes observations. */
  FEED,
  /** Lands observations to bronze and silver Parquet. */
  LAND,
  /** Keeps recent windows and serves forecasts with the current model. */
  PREDICT,
  /** Watches forecast errors and raises drift events. */
  DRIFT,
  /** Trains, evaluates and promotes model versions. */
  TRAIN;

  /** The lower-case name used in config and on the command line. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a lower-case role name. */
  public static Role fromWireName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }

  /** Every role's wire name, in declaration order. */
  public static List<String> allWireNames() {
    return Arrays.stream(values()).map(Role::wireName).toList();
  }

  /** The set of valid wire names. */
  public static Set<String> wireNames() {
    return Arrays.stream(values()).map(Role::wireName).collect(Collectors.toUnmodifiableSet());
  }
}
