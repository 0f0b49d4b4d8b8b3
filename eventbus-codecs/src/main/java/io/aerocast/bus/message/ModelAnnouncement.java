package io.aerocast.bus.message;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A model version became current for a series. It carries the serving artifact itself, so a
 * prediction node that shares no disk with the trainer can load it straight from the message.
 *
 * <p>The artifact array is copied in and out, so the record is deeply immutable; {@link #artifact()}
 * therefore allocates: call it once per announcement.
 *
 * @param series        series id
 * @param version       the version now current
 * @param parentVersion the version it replaces (empty for the first)
 * @param createdAt     when the version was created
 * @param artifact      the serving artifact bytes (format owned by the model package)
 * @param sha256        lower-case hex SHA-256 of {@code artifact}; checked on construction
 */
public record ModelAnnouncement(
    String series, String version, String parentVersion, Instant createdAt, byte[] artifact, String sha256) {

  public ModelAnnouncement {
    Require.text(series, "series");
    Require.text(version, "version");
    parentVersion = Require.optionalText(parentVersion);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(artifact, "artifact");
    artifact = artifact.clone();
    Require.text(sha256, "sha256");
    String actual = sha256Hex(artifact);
    if (!actual.equalsIgnoreCase(sha256)) {
      throw new IllegalArgumentException("artifact checksum mismatch: announced " + sha256 + ", actual " + actual);
    }
    sha256 = actual;
  }

  /** Builds an announcement, computing the checksum of {@code artifact}. */
  public static ModelAnnouncement of(
      String series, String version, String parentVersion, Instant createdAt, byte[] artifact) {
    return new ModelAnnouncement(series, version, parentVersion, createdAt, artifact, sha256Hex(artifact));
  }

  /** A copy of the artifact bytes. */
  @Override
  public byte[] artifact() {
    return artifact.clone();
  }

  /** Size of the artifact in bytes, without copying it. */
  public int artifactSize() {
    return artifact.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModelAnnouncement that
        && series.equals(that.series)
        && version.equals(that.version)
        && parentVersion.equals(that.parentVersion)
        && createdAt.equals(that.createdAt)
        && Arrays.equals(artifact, that.artifact)
        && sha256.equals(that.sha256);
  }

  @Override
  public int hashCode() {
    return Objects.hash(series, version, parentVersion, createdAt, sha256);
  }

  @Override
  public String toString() {
    return "ModelAnnouncement[series=" + series + ", version=" + version + ", parentVersion=" + parentVersion
        + ", createdAt=" + createdAt + ", artifact=" + artifact.length + " bytes, sha256=" + sha256 + "]";
  }

  /** Lower-case hex SHA-256 of the given bytes. */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
