package io.aerocast.data;

/** Series ids become directory names (landing) and JSON keys: keep them to a safe alphabet. */
public final class SeriesIds {

  private SeriesIds() {
  }

  /** Replaces anything outside {@code [A-Za-z0-9._-]} with '-', e.g. {@code WBAN:94846} to {@code WBAN-94846}. */
  public static String sanitize(String raw) {
    String cleaned = raw.trim().replaceAll("[^A-Za-z0-9._-]", "-");
    if (cleaned.isEmpty()) {
      throw new IllegalArgumentException("empty series id");
    }
    return cleaned;
  }
}
