package io.aerocast.app;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verifies the built {@code aerocast.jar} the way users run it: as separate JVMs, through its command
 * line, environment and HTTP API. Two clustered nodes see each other (their heartbeats, published on
 * one JVM and handled on the other, fill each other's /healthz), and a node that stops is noticed.
 */
class LauncherIT {

  private static final Path JAR = Path.of(System.getProperty("aerocast.jar", "target/aerocast.jar"));

  @TempDir
  Path dir;

  private final List<Process> processes = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @AfterEach
  void stopProcesses() throws Exception {
    for (Process process : processes) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  @Test
  void embeddedDefaultStartsAndAnswersHealthz() throws Exception {
    int port = freePort();
    long start = System.nanoTime();
    start(List.of(), Map.of("AEROCAST_HTTP_PORT", String.valueOf(port), "AEROCAST_PREDICT_MODELS_DIR",
        dir.resolve("no-models").toString(), "AEROCAST_PREDICT_BOOTSTRAP_DATA", ""), "default");

    JsonObject health = awaitHealth(port, h -> true);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("[startup] embedded default answered /healthz after %d ms%n", millis);

    assertThat(health.getBoolean("ok")).isTrue();
    assertThat(health.getJsonArray("roles").getList()).containsExactly("feed", "land", "predict", "drift", "train");
    assertThat(health.getJsonObject("cluster").getBoolean("clustered")).isFalse();
    assertThat(health.getJsonObject("cluster").getInteger("members")).isEqualTo(1);

    HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("aerocast_predict_requests_total{outcome=\"ok\",route=\"predict\"}",
        "aerocast_predict_model_swaps_total", "aerocast_stream_observations_total{result=\"accepted\"}",
        "aerocast_stream_forecasts_total{result=\"issued\"}", "jvm_memory_used_bytes",
        "vertx_http_server_requests_total");
    HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/readyz")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(ready.statusCode()).as("no model in a fresh install").isEqualTo(503);
  }

  @Test
  void singleVerticleByClassNameTheVertxRunWay() throws Exception {
    int port = freePort();
    start(List.of("io.aerocast.web.HttpServerVerticle", "-conf", "{\"http\":{\"port\":" + port + "}}"), Map.of(),
        "single");

    assertThat(awaitHealth(port, h -> true).getBoolean("ok")).isTrue();
  }

  @Test
  void badConfigurationExitsNonZeroWithOneLine() throws Exception {
    record Case(List<String> args, Map<String, String> env, String expected) { }
    List<Case> cases = List.of(
        new Case(List.of(), Map.of("AEROCAST_HTTP_PORT", "-5"), "http.port: must be between 1 and 65535"),
        new Case(List.of("--roles", "predict,forecast"), Map.of(), "node.roles: unknown value 'forecast'"),
        new Case(List.of("-conf", "{\"http\":{\"port\":\"x\"}}"), Map.of(), "http.port: must be an integer"),
        new Case(List.of("-conf", dir.resolve("missing.json").toString()), Map.of(), "conf: file not found"),
        new Case(List.of("--cluster"), Map.of("AEROCAST_CLUSTER_CONFIG_FILE", "/no/cluster.xml"),
            "cluster.configFile: file not found"));
    for (Case c : cases) {
      Process process = start(c.args(), c.env(), "bad");
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      String stderr = Files.readString(dir.resolve("bad.err"), StandardCharsets.UTF_8).strip();

      assertThat(process.exitValue()).as("exit code for %s", c).isEqualTo(AeroCastLauncher.EXIT_BAD_CONFIG);
      assertThat(stderr).as("stderr for %s", c).startsWith("aerocast: invalid configuration: ")
          .contains(c.expected()).doesNotContain("\n").doesNotContain("Exception");
      processes.remove(process);
    }
  }

  @Test
  void twoClusteredNodesSeeEachOtherAndNoticeALeave() throws Exception {
    Path clusterXml = testClusterConfig();
    int portA = freePort();
    int portB = freePort();
    Map<String, String> envA = Map.of("AEROCAST_HTTP_PORT", String.valueOf(portA), "AEROCAST_NODE_ID", "node-a",
        "AEROCAST_CLUSTER_CONFIG_FILE", clusterXml.toString(), "AEROCAST_NODE_HEARTBEAT_MILLIS", "500");
    Map<String, String> envB = Map.of("AEROCAST_HTTP_PORT", String.valueOf(portB), "AEROCAST_NODE_ID", "node-b",
        "AEROCAST_CLUSTER_CONFIG_FILE", clusterXml.toString(), "AEROCAST_NODE_HEARTBEAT_MILLIS", "500",
        "AEROCAST_PREDICT_BOOTSTRAP_DATA", "");
    start(List.of("--cluster", "--roles", "feed,land"), envA, "node-a");
    Process nodeB = start(List.of("--cluster", "--roles", "predict,drift"), envB, "node-b");

    JsonObject healthA = awaitHealth(portA, h -> members(h) == 2 && nodeIds(h).contains("node-b"));
    JsonObject healthB = awaitHealth(portB, h -> members(h) == 2 && nodeIds(h).contains("node-a"));

    assertThat(healthA.getJsonObject("cluster").getBoolean("clustered")).isTrue();
    JsonObject bAsSeenByA = healthA.getJsonObject("cluster").getJsonArray("nodes").stream()
        .map(JsonObject.class::cast).filter(n -> n.getString("node").equals("node-b")).findFirst().orElseThrow();
    assertThat(bAsSeenByA.getJsonArray("roles").getList()).containsExactly("predict", "drift");
    assertThat(healthB.getJsonArray("roles").getList()).containsExactly("predict", "drift");

    nodeB.destroy();
    assertThat(nodeB.waitFor(30, TimeUnit.SECONDS)).isTrue();
    JsonObject afterLeave = awaitHealth(portA, h -> members(h) == 1 && !nodeIds(h).contains("node-b"));
    assertThat(nodeIds(afterLeave)).containsExactly("node-a");
    assertThat(Files.readString(dir.resolve("node-a.err"))).contains("Node left the cluster [node: node-b]");
  }

  @Test
  void freshInstallTrainsItsFirstModelAndServes() throws Exception {
    int port = freePort();
    Path models = dir.resolve("models");
    start(List.of("--roles", "predict"), Map.of("AEROCAST_HTTP_PORT", String.valueOf(port),
        "AEROCAST_PREDICT_MODELS_DIR", models.toString(),
        "AEROCAST_PREDICT_BOOTSTRAP_DATA", Path.of("src/test/resources/data/725755-24101-2014").toAbsolutePath()
            .toString(),
        "AEROCAST_PREDICT_BOOTSTRAP_EPOCHS", "2", "OMP_NUM_THREADS", "1"), "bootstrap");

    JsonObject health = awaitHealth(port, h -> h.getJsonObject("model").getString("version") != null, 240_000);
    String version = health.getJsonObject("model").getString("version");

    HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/readyz")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(ready.statusCode()).isEqualTo(200);
    JsonObject metadata = new JsonObject(Files.readString(models.resolve("725755-24101").resolve(version)
        .resolve("metadata.json")));
    assertThat(metadata.getString("reason")).isEqualTo("initial");
    assertThat(Files.exists(models.resolve("725755-24101").resolve(version).resolve("checkpoint.fb"))).isTrue();
  }

  /** The bundled cluster.xml with its own cluster name and port range, so no other AeroCast can join. */
  private Path testClusterConfig() throws IOException {
    String xml = Files.readString(Path.of("..", "cluster", "cluster.xml"))
        .replace("<cluster-name>aerocast</cluster-name>", "<cluster-name>aerocast-it-" + UUID.randomUUID()
            + "</cluster-name>")
        .replace(">5701</port>", ">5851</port>");
    Path file = dir.resolve("cluster-it.xml");
    Files.writeString(file, xml);
    return file;
  }

  private Process start(List<String> args, Map<String, String> env, String name) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx256m", "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("AEROCAST_"));
    builder.environment().putAll(env);
    Process process = builder.start();
    processes.add(process);
    return process;
  }

  private JsonObject awaitHealth(int port, Predicate<JsonObject> condition) throws Exception {
    return awaitHealth(port, condition, 60_000);
  }

  private JsonObject awaitHealth(int port, Predicate<JsonObject> condition, long timeoutMillis) throws Exception {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    JsonObject last = null;
    while (System.currentTimeMillis() < deadline) {
      try {
        HttpResponse<String> response = http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                .timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          last = new JsonObject(response.body());
          if (condition.test(last)) {
            return last;
          }
        }
      } catch (IOException notYetListening) {
        // the node is still starting
      }
      Thread.sleep(200);
    }
    throw new AssertionError("condition not met on port " + port + "; last /healthz: " + last + "; logs: "
        + logs());
  }

  private String logs() throws IOException {
    StringBuilder out = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".err")).toList()) {
        out.append("\n--- ").append(file.getFileName()).append('\n').append(Files.readString(file));
      }
    }
    return out.toString();
  }

  private static int members(JsonObject health) {
    return health.getJsonObject("cluster").getInteger("members");
  }

  private static List<String> nodeIds(JsonObject health) {
    return health.getJsonObject("cluster").getJsonArray("nodes").stream()
        .map(n -> ((JsonObject) n).getString("node")).toList();
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
