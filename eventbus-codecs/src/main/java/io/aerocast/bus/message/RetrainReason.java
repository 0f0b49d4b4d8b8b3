package io.aerocast.bus.message;

import java.util.Locale;

/** Why a model version was asked for; the lower-case name is what /models shows. */
public enum RetrainReason {
  /** No model exists yet for the series. */
  INITIAL,
  /** A drift detector fired. */
  DRIFT,
  /** The routine schedule found the current model stale. */
  SCHEDULE,
  /** An operator asked for it. */
  MANUAL;

  /** The external (JSON, HTTP) spelling. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the external spelling, case-insensitively. */
  public static RetrainReason fromWireName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
