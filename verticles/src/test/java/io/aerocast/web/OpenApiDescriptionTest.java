package io.aerocast.web;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifies that openapi.json describes exactly the routes the HTTP verticle serves (with every role on). */
@ExtendWith(VertxExtension.class)
class OpenApiDescriptionTest {

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedRouteExists(Vertx vertx) throws Exception {
    HttpServerVerticle verticle = new HttpServerVerticle();
    JsonObject config = new JsonObject().put("node", new JsonObject().put("roles", new JsonArray().add("predict")));
    vertx.deployVerticle(verticle, new io.vertx.core.DeploymentOptions().setConfig(config.put("http",
        new JsonObject().put("port", freePort())))).toCompletionStage().toCompletableFuture().get();
    Router router = verticle.router();

    Set<String> served = new TreeSet<>();
    for (Route route : router.getRoutes()) {
      if (route.getPath() == null || route.methods() == null) {
        continue;
      }
      for (HttpMethod method : route.methods()) {
        served.add(method.name().toLowerCase(Locale.ROOT) + " " + route.getPath());
      }
    }
    JsonObject spec = new JsonObject(Files.readString(Path.of("src/main/resources/openapi.json")));
    Set<String> documented = new TreeSet<>();
    JsonObject paths = spec.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      for (String method : paths.getJsonObject(path).fieldNames()) {
        documented.add(method + " " + path);
      }
    }
    // /metrics exists only when a metrics backend is configured (the launcher does that).
    documented.remove("get /metrics");

    assertThat(served).isEqualTo(documented);
    assertThat(spec.getString("openapi")).startsWith("3.");
  }

  private static int freePort() throws Exception {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
