package io.aerocast.predict;

import io.aerocast.registry.VersionIds;
import io.vertx.core.Vertx;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.core.shareddata.Shareable;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The models this node serves, per series. Installing a version replaces the reference in one atomic
 * map write: a request sees either the old model or the new one, whole, never a half-loaded one.
 * Shared (through a local map) by the prediction verticle that installs models and the HTTP verticles
 * that serve them.
 */
public final class ModelCatalog implements Shareable {

  private static final String MAP = "aerocast.predict";
  private static final String KEY = "catalog";

  private final Map<String, ServedModel> models = new ConcurrentHashMap<>();
  private final AtomicLong swaps = new AtomicLong();

  /** The catalog of a Vert.x instance, created on first use. */
  public static ModelCatalog of(Vertx vertx) {
    LocalMap<String, ModelCatalog> map = vertx.sharedData().getLocalMap(MAP);
    ModelCatalog fresh = new ModelCatalog();
    ModelCatalog existing = map.putIfAbsent(KEY, fresh);
    return existing != null ? existing : fresh;
  }

  /** The model served for a series. */
  public Optional<ServedModel> get(String series) {
    return Optional.ofNullable(models.get(series));
  }

  /** Installs a version; returns the one it replaced, if any. */
  public Optional<ServedModel> install(ServedModel model) {
    ServedModel previous = models.put(model.series(), model);
    if (previous != null) {
      swaps.incrementAndGet();
    }
    return Optional.ofNullable(previous);
  }

  /** The configured default series, else the alphabetically first served one. */
  public Optional<String> defaultSeries(String configured) {
    if (configured != null && !configured.isBlank()) {
      return Optional.of(configured);
    }
    return new TreeMap<>(models).keySet().stream().findFirst();
  }

  /** Number of model swaps (replacements) since start. */
  public long swaps() {
    return swaps.get();
  }

  /** A snapshot of the served versions by series. */
  public Map<String, String> versions() {
    Map<String, String> out = new TreeMap<>();
    models.forEach((series, model) -> out.put(series, model.version()));
    return out;
  }

  /**
   * Creation time of the newest served version, from its id ({@code vYYYYMMDDTHHMMSSZ-...}); 0 when none
   * is served or ids are not registry ids. A number, so it can be a gauge without an unbounded label.
   */
  public double newestVersionEpochSeconds() {
    return models.values().stream()
        .mapToDouble(m -> VersionIds.createdAt(m.version()).map(Instant::getEpochSecond).orElse(0L))
        .max().orElse(0);
  }

  @Override
  public Shareable copy() {
    // Shared by reference on purpose: every verticle of the node must see the same models.
    return this;
  }
}
