package io.aerocast.web;

import io.aerocast.bus.MessageCodecs;
import io.aerocast.cluster.PresenceVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifies the health route and the JSON answers for unknown routes and wrong methods. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class HttpServerVerticleTest {

  private int port;
  private WebClient client;

  @BeforeEach
  void deploy(Vertx vertx, VertxTestContext ctx) throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    MessageCodecs.registerAll(vertx.eventBus());
    client = WebClient.create(vertx);
    JsonObject config = new JsonObject()
        .put("http", new JsonObject().put("port", port))
        .put("node", new JsonObject().put("id", "test-node").put("roles", new io.vertx.core.json.JsonArray()
            .add("predict")).put("heartbeatMillis", 100));
    DeploymentOptions options = new DeploymentOptions().setConfig(config);
    vertx.deployVerticle(new PresenceVerticle(), options)
        .compose(id -> vertx.deployVerticle(new HttpServerVerticle(), options))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void healthzIsSeedCompatibleAndDescribesTheNode(Vertx vertx, VertxTestContext ctx) {
    // Give the presence verticle one heartbeat so the node lists itself.
    vertx.setTimer(300, t -> client.get(port, "127.0.0.1", "/healthz").send().onComplete(ctx.succeeding(r ->
        ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.getHeader("content-type")).isEqualTo("application/json");
          JsonObject body = r.bodyAsJsonObject();
          assertThat(body.getBoolean("ok")).isTrue();
          assertThat(body.getString("time")).isNotBlank();
          assertThat(body.getString("node")).isEqualTo("test-node");
          assertThat(body.getJsonArray("roles").getList()).containsExactly("predict");
          JsonObject cluster = body.getJsonObject("cluster");
          assertThat(cluster.getBoolean("clustered")).isFalse();
          assertThat(cluster.getInteger("members")).isEqualTo(1);
          assertThat(cluster.getJsonArray("nodes").getJsonObject(0).getString("node")).isEqualTo("test-node");
          assertThat(body.getJsonObject("model").containsKey("version")).isTrue();
          ctx.completeNow();
        }))));
  }

  @Test
  void openApiDescriptionIsServed(VertxTestContext ctx) {
    client.get(port, "127.0.0.1", "/openapi.json").send().onComplete(ctx.succeeding(r -> ctx.verify(() -> {
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.bodyAsJsonObject().getJsonObject("paths").containsKey("/predict")).isTrue();
      ctx.completeNow();
    })));
  }

  @Test
  void unknownRouteIs404Json(VertxTestContext ctx) {
    client.get(port, "127.0.0.1", "/nope/" + "x".repeat(2000)).send().onComplete(ctx.succeeding(r ->
        ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(404);
          JsonObject error = r.bodyAsJsonObject().getJsonObject("error");
          assertThat(error.getString("code")).isEqualTo("not_found");
          assertThat(r.bodyAsString().length()).as("no long echo of the input").isLessThan(300);
          ctx.completeNow();
        })));
  }

  @Test
  void overlongRequestLineIs414Json(VertxTestContext ctx) {
    client.get(port, "127.0.0.1", "/nope/" + "x".repeat(10_000)).send().onComplete(ctx.succeeding(r ->
        ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(414);
          assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("bad_request");
          ctx.completeNow();
        })));
  }

  @Test
  void wrongMethodIs405Json(VertxTestContext ctx) {
    client.delete(port, "127.0.0.1", "/healthz").send().onComplete(ctx.succeeding(r ->
        ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(405);
          assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("method_not_allowed");
          ctx.completeNow();
        })));
  }
}
