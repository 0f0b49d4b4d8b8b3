package io.aerocast.registry;

import io.aerocast.bus.message.ModelAnnouncement;
import io.aerocast.data.SeriesIds;
import io.aerocast.model.GruForecaster;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Model versions on disk: {@code <root>/<series>/<version>/} holding
 * <ul>
 *   <li>{@code serving.bin}: feature spec, scaler, GRU weights and interval ({@link ServingArtifact});</li>
 *   <li>{@code checkpoint.fb}: the SameDiff graph with its updater state, to resume training (trainer nodes);</li>
 *   <li>{@code metadata.json}: version, created, parent, reason, data range, hyper-parameters, validation
 *       metrics, train seconds, and the SHA-256 of every other file.</li>
 * </ul>
 * A version directory is written under a temporary name and renamed into place, so readers never see a
 * half-written version. Loading verifies the checksums and the values (NaN weights are refused).
 * Blocking file I/O: call from a worker.
 */
public final class ModelRegistry {

  public static final String SERVING_FILE = "serving.bin";
  public static final String CHECKPOINT_FILE = "checkpoint.fb";
  public static final String METADATA_FILE = "metadata.json";

  private static final DateTimeFormatter VERSION_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  /** Writes a training checkpoint to a file (keeps the registry free of ND4J types). */
  @FunctionalInterface
  public interface CheckpointWriter {
    void writeTo(Path file) throws IOException;
  }

  private final Path root;

  public ModelRegistry(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /**
   * Stores a new version atomically.
   *
   * @param checkpoint writes the SameDiff checkpoint, or null when there is none
   * @return the stored, re-verified version
   */
  public StoredVersion save(String series, GruForecaster model, CheckpointWriter checkpoint, NewVersion info)
      throws IOException {
    String seriesDir = SeriesIds.sanitize(series);
    Instant created = Instant.now();
    String version = "v" + VERSION_TIME.format(created) + "-"
        + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
    Path parent = root.resolve(seriesDir);
    Files.createDirectories(parent);
    Path temp = Files.createTempDirectory(parent, ".tmp-" + version);
    try {
      byte[] serving = ServingArtifact.encode(model);
      Files.write(temp.resolve(SERVING_FILE), serving);
      JsonObject checksums = new JsonObject().put(SERVING_FILE, ModelAnnouncement.sha256Hex(serving));
      if (checkpoint != null) {
        Path file = temp.resolve(CHECKPOINT_FILE);
        checkpoint.writeTo(file);
        checksums.put(CHECKPOINT_FILE, ModelAnnouncement.sha256Hex(Files.readAllBytes(file)));
      }
      JsonObject metadata = new JsonObject()
          .put("version", version)
          .put("series", series)
          .put("created", created.toString())
          .put("parent", info.parentVersion() == null ? "" : info.parentVersion())
          .put("reason", info.reason().wireName())
          .put("data", new JsonObject().put("from", String.valueOf(info.dataFrom())).put("to",
              String.valueOf(info.dataTo())))
          .put("features", new JsonObject().put("window", model.spec().window())
              .put("raw", model.spec().rawFeatures()).put("time", List.of("hour_sin", "hour_cos", "dow_sin", "dow_cos")))
          .put("scaler", new JsonObject().put("mean", toList(model.scaler().mean()))
              .put("std", toList(model.scaler().std())).put("targetScale", model.scaler().targetScale()))
          .put("hyperParameters", info.hyperParameters())
          .put("metrics", info.metrics())
          .put("interval", new JsonObject().put("level", model.intervalLevel()).put("halfWidth", model.halfWidth()))
          .put("trainSeconds", info.trainSeconds())
          .put("checksums", checksums);
      Files.writeString(temp.resolve(METADATA_FILE), metadata.encodePrettily(), StandardCharsets.UTF_8);
      Path target = parent.resolve(version);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the registry file system cannot rename atomically: " + root, e);
      }
    } catch (IOException | RuntimeException e) {
      deleteRecursively(temp);
      throw e;
    }
    return load(series, version);
  }

  /**
   * Loads and verifies a version.
   *
   * @throws CorruptModelException when a file is missing, a checksum differs, or the values are invalid
   */
  public StoredVersion load(String series, String version) throws IOException {
    Path dir = root.resolve(SeriesIds.sanitize(series)).resolve(version);
    String where = series + "/" + version;
    JsonObject metadata = metadata(series, version);
    byte[] serving;
    try {
      serving = Files.readAllBytes(dir.resolve(SERVING_FILE));
    } catch (NoSuchFileException e) {
      throw new CorruptModelException("model " + where + " is incomplete: missing " + e.getFile());
    }
    JsonObject checksums = metadata.getJsonObject("checksums", new JsonObject());
    verify(where, SERVING_FILE, serving, checksums.getString(SERVING_FILE));
    if (checksums.containsKey(CHECKPOINT_FILE)) {
      Path checkpoint = dir.resolve(CHECKPOINT_FILE);
      if (!Files.exists(checkpoint)) {
        throw new CorruptModelException("model " + where + " is incomplete: missing " + CHECKPOINT_FILE);
      }
      verify(where, CHECKPOINT_FILE, Files.readAllBytes(checkpoint), checksums.getString(CHECKPOINT_FILE));
    }
    GruForecaster model;
    try {
      model = ServingArtifact.decode(serving);
    } catch (CorruptModelException e) {
      throw new CorruptModelException("model " + where + ": " + e.getMessage(), e);
    }
    return new StoredVersion(series, version, model, serving, metadata);
  }

  /** The versions of a series, oldest first (version ids start with the creation time, to the millisecond). */
  public List<String> versions(String series) throws IOException {
    Path dir = root.resolve(SeriesIds.sanitize(series));
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith("v")).sorted().toList();
    }
  }

  /** The newest version of a series, if any. */
  public Optional<String> latest(String series) throws IOException {
    List<String> versions = versions(series);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  /** A version's metadata.json, without loading (or verifying) the model itself. */
  public JsonObject metadata(String series, String version) throws IOException {
    Path file = root.resolve(SeriesIds.sanitize(series)).resolve(version).resolve(METADATA_FILE);
    try {
      return new JsonObject(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new CorruptModelException("model " + series + "/" + version + " is incomplete: missing " + METADATA_FILE);
    } catch (DecodeException e) {
      throw new CorruptModelException("model " + series + "/" + version + ": metadata.json is not valid JSON");
    }
  }


  private static void verify(String where, String file, byte[] bytes, String expected) {
    if (expected == null) {
      throw new CorruptModelException("model " + where + ": metadata has no checksum for " + file);
    }
    String actual = ModelAnnouncement.sha256Hex(bytes);
    if (!actual.equals(expected)) {
      throw new CorruptModelException("model " + where + ": " + file + " checksum mismatch (expected " + expected
          + ", found " + actual + ")");
    }
  }

  private static List<Double> toList(double[] values) {
    return java.util.Arrays.stream(values).boxed().toList();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
