package io.aerocast.predict;

import io.aerocast.bus.Addresses;
import io.aerocast.bus.message.ModelAnnouncement;
import io.aerocast.cluster.TestClusters;
import io.aerocast.registry.ServingArtifact;
import io.aerocast.web.HttpServerVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.aerocast.cluster.TestClusters.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Verifies that a model announced on one cluster node is served by another node that shares no disk
 * with it: the announcing node has no prediction role, the serving node starts with an empty registry.
 */
class ModelAnnouncementClusterIT {

  @TempDir
  Path emptyRegistry;

  private final List<Vertx> nodes = new ArrayList<>();


  @AfterEach
  void stop() throws Exception {
    TestClusters.closeAll(nodes);
  }

  @Test
  void modelAnnouncedOnOneNodeIsServedByTheOther() throws Exception {
    nodes.addAll(TestClusters.start(2, 5821));
    Vertx trainerNode = nodes.get(0);
    Vertx predictNode = nodes.get(1);
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    JsonObject config = new JsonObject()
        .put("http", new JsonObject().put("port", port))
        .put("node", new JsonObject().put("roles", new JsonArray().add("predict")))
        .put("predict", new JsonObject().put("modelsDir", emptyRegistry.toString()).put("bootstrapData", ""));
    DeploymentOptions options = new DeploymentOptions().setConfig(config);
    await(predictNode.deployVerticle(new PredictionVerticle(), options));
    await(predictNode.deployVerticle(new HttpServerVerticle(), options));
    WebClient client = WebClient.create(predictNode);
    assertThat(await(client.get(port, "127.0.0.1", "/readyz").send()).statusCode()).isEqualTo(503);

    var model = PredictionApiTest.model(7);
    ModelAnnouncement announcement = ModelAnnouncement.of("ORD", "v-from-trainer", "", Instant.now(),
        ServingArtifact.encode(model));
    // The consumer registration propagates through Hazelcast: publish until the other node has it.
    long deadline = System.currentTimeMillis() + 30_000;
    while (ModelCatalog.of(predictNode).get("ORD").isEmpty() && System.currentTimeMillis() < deadline) {
      trainerNode.eventBus().publish(Addresses.MODEL_ANNOUNCEMENTS, announcement);
      Thread.sleep(200);
    }

    var ready = await(client.get(port, "127.0.0.1", "/readyz").send());
    assertThat(ready.statusCode()).isEqualTo(200);
    String body = new JsonObject().put("sequence", PredictionApiTest.json(PredictionApiTest.rows()))
        .put("end", "2017-10-01T05:00:00Z").encode();
    JsonObject forecast = await(client.post(port, "127.0.0.1", "/predict").putHeader("content-type",
        "application/json").sendBuffer(Buffer.buffer(body))).bodyAsJsonObject();
    assertThat(forecast.getString("model_version")).isEqualTo("v-from-trainer");
    assertThat(forecast.getDouble("forecast")).isCloseTo(model.forecast(PredictionApiTest.rows(),
        Instant.parse("2017-10-01T05:00:00Z")), within(1e-9));
    assertThat(ModelCatalog.of(trainerNode).get("ORD")).as("no prediction role there").isEmpty();
  }
}
