package io.aerocast.registry;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Registry version ids start with their creation time: {@code vYYYYMMDDTHHMMSSmmmZ-<hex>}. */
public final class VersionIds {

  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private VersionIds() {
  }

  /** The creation time encoded in a registry version id (to the second), if it is one. */
  public static Optional<Instant> createdAt(String version) {
    if (version == null || version.length() < 17 || version.charAt(0) != 'v') {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(version.substring(1, 16), SECONDS).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
