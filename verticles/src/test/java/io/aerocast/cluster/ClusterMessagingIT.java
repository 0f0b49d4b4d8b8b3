package io.aerocast.cluster;

import io.aerocast.bus.MessageSamples;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.aerocast.cluster.TestClusters.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verifies that every message type crosses a real Hazelcast cluster (three clustered Vert.x instances
 * on loopback, so each message goes through the codec's wire path), and that a node leaving is noticed.
 */
class ClusterMessagingIT {

  private static final String PROBE_HEADER = "probe";

  private final List<Vertx> nodes = new ArrayList<>();

  @BeforeEach
  void startCluster() throws Exception {
    nodes.addAll(TestClusters.start(3, 5801));
  }

  @AfterEach
  void stopCluster() throws Exception {
    TestClusters.closeAll(nodes);
  }

  @Test
  void everyMessageTypeSentOnOneNodeIsHandledOnAnother() throws Exception {
    Vertx sender = nodes.get(0);
    Vertx receiver = nodes.get(1);
    List<Object> samples = MessageSamples.all();
    ConcurrentLinkedQueue<Object> received = new ConcurrentLinkedQueue<>();
    CompletableFuture<Void> all = new CompletableFuture<>();
    MessageConsumer<Object> consumer = receiver.eventBus().consumer("aerocast.it.every-type", message -> {
      if (isProbe(message)) {
        return;
      }
      received.add(message.body());
      message.reply("ok");
      if (received.size() == samples.size()) {
        all.complete(null);
      }
    });
    await(consumer.completion());
    await(waitForRegistration(sender, "aerocast.it.every-type"));

    for (Object sample : samples) {
      // request() proves the reply path too, and fails fast with NO_HANDLERS if the consumer is not seen.
      await(sender.eventBus().request("aerocast.it.every-type", sample));
    }
    all.get(20, TimeUnit.SECONDS);

    assertThat(received).containsExactlyInAnyOrderElementsOf(samples);
    // Decoded from the wire: equal, never the sender's instances.
    for (Object message : received) {
      assertThat(samples.stream().noneMatch(s -> s == message)).isTrue();
    }
  }

  @Test
  void publishReachesEveryOtherNode() throws Exception {
    Object announcement = MessageSamples.all().get(7);
    List<Object> got = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> both = new CompletableFuture<>();
    for (Vertx vertx : nodes.subList(1, 3)) {
      await(vertx.eventBus().consumer("aerocast.it.publish", m -> {
        if (isProbe(m)) {
          return;
        }
        got.add(m.body());
        if (got.size() == 2) {
          both.complete(null);
        }
      }).completion());
    }
    await(waitForRegistration(nodes.get(0), "aerocast.it.publish"));

    nodes.get(0).eventBus().publish("aerocast.it.publish", announcement);
    both.get(20, TimeUnit.SECONDS);

    assertThat(got).containsExactly(announcement, announcement);
  }

  @Test
  void aNodeThatLeavesIsNoticed() throws Exception {
    ClusterMembership membership = ClusterMembership.of(nodes.get(0));
    assertThat(membership.memberCount()).isEqualTo(3);
    Vertx leaving = nodes.remove(2);
    String leavingId = ClusterMembership.of(leaving).memberId();
    CompletableFuture<String> left = new CompletableFuture<>();
    Runnable registration = membership.onMemberLeft(left::complete);

    await(leaving.close());

    assertThat(left.get(30, TimeUnit.SECONDS)).isEqualTo(leavingId);
    assertThat(membership.memberCount()).isEqualTo(2);
    registration.run();
  }

  /** Subscriptions propagate asynchronously through Hazelcast: retry a probe until the address resolves. */
  private static Future<Void> waitForRegistration(Vertx vertx, String address) {
    long deadline = System.currentTimeMillis() + 15_000;
    return probe(vertx, address, deadline);
  }

  /** Probes are answered by any consumer and not counted as test traffic. */
  private static boolean isProbe(Message<Object> message) {
    if (message.headers().contains(PROBE_HEADER)) {
      message.reply("probe");
      return true;
    }
    return false;
  }

  private static Future<Void> probe(Vertx vertx, String address, long deadline) {
    DeliveryOptions options = new DeliveryOptions().addHeader(PROBE_HEADER, "1").setSendTimeout(1000);
    return vertx.eventBus().request(address, "probe", options).<Void>mapEmpty().recover(e -> {
      if (System.currentTimeMillis() > deadline) {
        return Future.failedFuture(e);
      }
      return vertx.timer(100).compose(t -> probe(vertx, address, deadline));
    });
  }

}
