package io.aerocast.predict;

import io.aerocast.bus.message.Observation;
import io.vertx.core.Vertx;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.core.shareddata.Shareable;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The newest observation of each series this node has received, for {@code GET /latest}. Written by the
 * stream verticle, read by the HTTP verticles (shared through a local map, like {@link ModelCatalog}).
 */
public final class LatestObservations implements Shareable {

  private static final String MAP = "aerocast.predict";
  private static final String KEY = "latest";

  private final Map<String, Observation> newest = new ConcurrentHashMap<>();

  /** The store of a Vert.x instance, created on first use. */
  public static LatestObservations of(Vertx vertx) {
    LocalMap<String, LatestObservations> map = vertx.sharedData().getLocalMap(MAP);
    LatestObservations fresh = new LatestObservations();
    LatestObservations existing = map.putIfAbsent(KEY, fresh);
    return existing != null ? existing : fresh;
  }

  /** Keeps the observation if it is the newest of its series. */
  public void record(Observation observation) {
    newest.merge(observation.series(), observation,
        (current, candidate) -> candidate.time().isBefore(current.time()) ? current : candidate);
  }

  /** The newest observation of a series. */
  public Optional<Observation> of(String series) {
    return Optional.ofNullable(newest.get(series));
  }

  /** The newest observation of any series. */
  public Optional<Observation> newest() {
    return newest.values().stream().max(Comparator.comparing(Observation::time));
  }

  @Override
  public Shareable copy() {
    // Shared by reference on purpose: the HTTP verticles must see what the stream verticle records.
    return this;
  }
}
