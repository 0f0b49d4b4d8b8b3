package io.aerocast.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.spi.cluster.ClusterManager;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Cluster membership of this node, as the cluster manager sees it.
 *
 * <p>Vert.x 5 exposes the cluster manager only through its internal API; this class is the one place
 * that reaches for it, so an API change touches one file. Leave notifications come from a Hazelcast
 * membership listener, because the Vert.x {@code NodeListener} slot is already taken by the event bus.
 */
public final class ClusterMembership {

  /** Member attribute where the Vert.x Hazelcast cluster manager keeps each member's Vert.x node id. */
  private static final String VERTX_NODE_ID_ATTRIBUTE = "__vertx.nodeId";

  private final ClusterManager clusterManager;

  private ClusterMembership(ClusterManager clusterManager) {
    this.clusterManager = clusterManager;
  }

  /** The membership view of a Vert.x instance (a single-member view when it is not clustered). */
  public static ClusterMembership of(Vertx vertx) {
    return new ClusterMembership(vertx.isClustered() ? ((VertxInternal) vertx).clusterManager() : null);
  }

  /** Whether this node is part of a cluster. */
  public boolean clustered() {
    return clusterManager != null;
  }

  /** Number of cluster members including this node; 1 when not clustered. Non-blocking (a local view). */
  public int memberCount() {
    return clusterManager == null ? 1 : clusterManager.getNodes().size();
  }

  /** This node's member id, or an empty string when not clustered. */
  public String memberId() {
    return clusterManager == null ? "" : clusterManager.getNodeId();
  }

  /**
   * Calls {@code onLeft} with the member id of every member that leaves the cluster, on a Hazelcast
   * thread: the callback must only hand work over to a Vert.x context.
   *
   * @return a handle that removes the listener
   */
  public Runnable onMemberLeft(Consumer<String> onLeft) {
    if (!(clusterManager instanceof HazelcastClusterManager hazelcast)) {
      return () -> { };
    }
    var cluster = hazelcast.getHazelcastInstance().getCluster();
    UUID registration = cluster.addMembershipListener(new MembershipListener() {
      @Override
      public void memberAdded(MembershipEvent event) {
        // Joins are seen through heartbeats, which also carry the node's roles.
      }

      @Override
      public void memberRemoved(MembershipEvent event) {
        String nodeId = event.getMember().getAttribute(VERTX_NODE_ID_ATTRIBUTE);
        if (nodeId != null) {
          onLeft.accept(nodeId);
        }
      }
    });
    return () -> {
      if (hazelcast.getHazelcastInstance().getLifecycleService().isRunning()) {
        cluster.removeMembershipListener(registration);
      }
    };
  }
}
