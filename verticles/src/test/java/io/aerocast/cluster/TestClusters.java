package io.aerocast.cluster;

import com.hazelcast.config.Config;
import io.aerocast.bus.MessageCodecs;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Starts in-process clustered Vert.x nodes on loopback, as the launcher would configure them. */
public final class TestClusters {

  private TestClusters() {
  }

  /**
   * Starts {@code count} nodes of a new cluster (its own name and port range, so neither a developer's
   * running node nor another test's cluster can join it), codecs registered.
   */
  public static List<Vertx> start(int count, int firstPort) throws Exception {
    String clusterName = "aerocast-it-" + UUID.randomUUID();
    List<Vertx> nodes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Config hazelcast = HazelcastConfigs.load("");
      hazelcast.setClusterName(clusterName);
      hazelcast.getNetworkConfig().setPort(firstPort).setPortCount(10);
      Vertx vertx = Vertx.builder().withClusterManager(new HazelcastClusterManager(hazelcast)).buildClustered()
          .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
      MessageCodecs.registerAll(vertx.eventBus());
      nodes.add(vertx);
    }
    return nodes;
  }

  /** Waits up to 60 s for a future; its failure is thrown. */
  public static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  /** Closes every node (the test's @AfterEach). */
  public static void closeAll(List<Vertx> nodes) throws Exception {
    for (Vertx vertx : nodes) {
      await(vertx.close());
    }
  }
}
