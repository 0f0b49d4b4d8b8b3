package io.aerocast.cluster;

import io.aerocast.bus.Addresses;
import io.aerocast.bus.message.NodeStatus;
import io.aerocast.config.AeroCastConfig;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.LocalMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * Announces this node on the cluster and keeps a directory of the other AeroCast nodes.
 *
 * <p>Publishes a {@link NodeStatus} on {@link Addresses#NODE_STATUS} every {@code node.heartbeatMillis}
 * and consumes everyone's. The directory lives in the local map {@link #DIRECTORY_MAP} (node id to a
 * JSON summary) where the HTTP API reads it for /healthz. A peer is dropped when Hazelcast reports its
 * member gone, or after three silent heartbeat intervals. Never fails a message: heartbeats are
 * fire-and-forget.
 */
public final class PresenceVerticle extends VerticleBase {

  /** Local map holding the node directory: node id to {@link #directoryEntry} JSON. */
  public static final String DIRECTORY_MAP = "aerocast.node.directory";

  private static final Logger LOG = LoggerFactory.getLogger(PresenceVerticle.class);

  private AeroCastConfig config;
  private ClusterMembership membership;
  private LocalMap<String, JsonObject> directory;
  private MessageConsumer<NodeStatus> consumer;
  private Runnable membershipRegistration = () -> { };
  private long timerId = -1;
  private Instant startedAt;

  @Override
  public Future<?> start() {
    config = AeroCastConfig.from(config());
    membership = ClusterMembership.of(vertx);
    directory = vertx.sharedData().getLocalMap(DIRECTORY_MAP);
    startedAt = Instant.now();
    consumer = vertx.eventBus().consumer(Addresses.NODE_STATUS, this::onStatus);
    membershipRegistration = membership.onMemberLeft(memberId -> vertx.runOnContext(v -> onMemberLeft(memberId)));
    return consumer.completion().onSuccess(v -> {
      long interval = config.node().heartbeatMillis();
      timerId = vertx.setPeriodic(0, interval, id -> {
        publishStatus();
        dropSilentPeers(Duration.ofMillis(3 * interval));
      });
    });
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timerId);
    membershipRegistration.run();
    directory.clear();
    return consumer == null ? Future.succeededFuture() : consumer.unregister();
  }

  private void publishStatus() {
    vertx.eventBus().publish(Addresses.NODE_STATUS, new NodeStatus(config.node().id(), membership.memberId(),
        config.node().roleNames(), config.http().host(), config.http().port(), startedAt, Instant.now()));
  }

  private void onStatus(Message<NodeStatus> message) {
    NodeStatus status = message.body();
    boolean known = directory.containsKey(status.nodeId());
    directory.put(status.nodeId(), directoryEntry(status, Instant.now()));
    if (!known && !status.nodeId().equals(config.node().id())) {
      LOG.info("Node joined [node: {}] [roles: {}] [member: {}]", status.nodeId(), String.join(",", status.roles()),
          status.memberId());
    }
  }

  private void onMemberLeft(String memberId) {
    directory.entrySet().stream()
        .filter(e -> memberId.equals(e.getValue().getString("member")))
        .map(e -> e.getKey())
        .toList()
        .forEach(nodeId -> {
          directory.remove(nodeId);
          LOG.info("Node left the cluster [node: {}] [member: {}]", nodeId, memberId);
        });
  }

  private void dropSilentPeers(Duration silence) {
    Instant cutoff = Instant.now().minus(silence);
    directory.entrySet().stream()
        .filter(e -> !e.getKey().equals(config.node().id()))
        .filter(e -> Instant.parse(e.getValue().getString("lastSeen")).isBefore(cutoff))
        .map(e -> e.getKey())
        .toList()
        .forEach(nodeId -> {
          directory.remove(nodeId);
          LOG.warn("Node silent, dropped from the directory [node: {}] [silentFor: {}]", nodeId, silence);
        });
  }

  /** The JSON summary of a node kept in the directory and shown by /healthz. */
  static JsonObject directoryEntry(NodeStatus status, Instant receivedAt) {
    return new JsonObject()
        .put("node", status.nodeId())
        .put("member", status.memberId())
        .put("roles", new JsonArray(status.roles().stream().map(r -> (Object) r).toList()))
        .put("http", status.httpHost() + ":" + status.httpPort())
        .put("startedAt", status.startedAt().toString())
        .put("lastSeen", receivedAt.toString());
  }
}
