package io.aerocast.bus.message;

import java.util.Locale;

/** What happened to a trained candidate; the lower-case name is the status /models shows. */
public enum TrainingOutcome {
  /** The candidate beat the champion and became the current version. */
  PROMOTED,
  /** The candidate trained but did not beat the champion. */
  REJECTED,
  /** Training did not produce a usable model (no data, NaN loss, error). */
  FAILED;

  /** The external (JSON, HTTP) spelling. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
