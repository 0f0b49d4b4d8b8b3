package io.aerocast.config;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Verifies that configuration layers apply in order and that every kind of bad value is refused by name. */
@ExtendWith(VertxExtension.class)
class ConfigLoaderTest {

  @TempDir
  Path dir;

  private static AeroCastConfig load(Vertx vertx, ConfigLoader.Sources sources) throws Exception {
    return load(vertx, sources, true);
  }

  private static AeroCastConfig load(Vertx vertx, ConfigLoader.Sources sources, boolean unwrap) throws Exception {
    try {
      return ConfigLoader.load(vertx, sources).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      if (unwrap && e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  private Path confFile(String json) throws Exception {
    Path file = dir.resolve("conf.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void embeddedDefaultsWithNothingElse(Vertx vertx) throws Exception {
    AeroCastConfig config = load(vertx, new ConfigLoader.Sources(null, Map.of(), Map.of(), Map.of()));

    assertThat(config.http().port()).isEqualTo(8000);
    assertThat(config.http().host()).isEqualTo("127.0.0.1");
    assertThat(config.node().roles()).containsExactly(Role.values());
    assertThat(config.node().id()).endsWith(":8000");
    assertThat(config.cluster().configFile()).isEmpty();
  }

  @Test
  void laterLayersWinKeyByKey(Vertx vertx) throws Exception {
    Path file = confFile("""
        {"http": {"host": "0.0.0.0", "port": 8100}, "node": {"id": "from-file", "heartbeatMillis": 500}}""");
    Map<String, String> sys = Map.of("aerocast.http.port", "8200", "aerocast.node.id", "from-sys");
    Map<String, String> env = Map.of("AEROCAST_HTTP_PORT", "8300", "AEROCAST_NODE_ROLES", "train");
    Map<String, String> cli = Map.of("node.roles", "predict,drift");

    AeroCastConfig config = load(vertx, new ConfigLoader.Sources(file.toString(), env, sys, cli));

    assertThat(config.http().host()).as("file beats default").isEqualTo("0.0.0.0");
    assertThat(config.node().heartbeatMillis()).as("file beats default").isEqualTo(500);
    assertThat(config.node().id()).as("system property beats file").isEqualTo("from-sys");
    assertThat(config.http().port()).as("environment beats system property").isEqualTo(8300);
    assertThat(config.node().roles()).as("--roles beats environment").containsExactly(Role.PREDICT, Role.DRIFT);
  }

  @Test
  void confFileFromEnvironmentWhenNoFlag(Vertx vertx) throws Exception {
    Path file = confFile("{\"http\": {\"port\": 8123}}");
    AeroCastConfig config = load(vertx,
        new ConfigLoader.Sources(null, Map.of(ConfigLoader.CONF_ENV, file.toString()), Map.of(), Map.of()));
    assertThat(config.http().port()).isEqualTo(8123);
  }

  @Test
  void inlineJsonConf(Vertx vertx) throws Exception {
    AeroCastConfig config = load(vertx,
        new ConfigLoader.Sources("{\"node\":{\"roles\":[\"Predict\"]}}", Map.of(), Map.of(), Map.of()));
    assertThat(config.node().roles()).containsExactly(Role.PREDICT);
    assertThat(config.json().getJsonObject("node").getJsonArray("roles")).isEqualTo(new JsonArray().add("predict"));
  }

  @Test
  void effectiveJsonHasEveryKeyAndTheResolvedNodeId(Vertx vertx) throws Exception {
    AeroCastConfig config = load(vertx, new ConfigLoader.Sources(null, Map.of("AEROCAST_HTTP_PORT", "9001"),
        Map.of(), Map.of()));
    for (ConfigKey key : AeroCastConfig.allKeys()) {
      assertThat(config.json().getJsonObject(key.section()).containsKey(key.name())).as(key.path()).isTrue();
    }
    assertThat(config.json().getJsonObject("node").getString("id")).isEqualTo(config.node().id()).endsWith(":9001");
    assertThat(AeroCastConfig.from(config.json())).isEqualTo(config);
  }

  @Test
  void unknownEnvironmentVariablesAreIgnoredNotFatal(Vertx vertx) throws Exception {
    // Kubernetes injects variables like these for a Service named "aerocast".
    Map<String, String> env = Map.of("AEROCAST_PORT", "tcp://10.0.0.1:8000", "AEROCAST_SERVICE_HOST", "10.0.0.1");
    assertThat(load(vertx, new ConfigLoader.Sources(null, env, Map.of(), Map.of())).http().port()).isEqualTo(8000);
  }

  static Stream<Arguments> invalidCases() {
    return Stream.of(
        Arguments.of("negative port from env", null, Map.of("AEROCAST_HTTP_PORT", "-1"), Map.of(), Map.of(),
            "http.port: must be between 1 and 65535, got -1 (from AEROCAST_HTTP_PORT)"),
        Arguments.of("port above range from file", "{\"http\":{\"port\":70000}}", Map.of(), Map.of(), Map.of(),
            "http.port: must be between 1 and 65535, got 70000"),
        Arguments.of("wrong type in file", "{\"http\":{\"port\":\"eighty\"}}", Map.of(), Map.of(), Map.of(),
            "http.port: must be an integer, got string 'eighty'"),
        Arguments.of("fractional port", "{\"http\":{\"port\":80.5}}", Map.of(), Map.of(), Map.of(),
            "http.port: must be an integer"),
        Arguments.of("not a number from env", null, Map.of("AEROCAST_HTTP_PORT", "80a"), Map.of(), Map.of(),
            "http.port: must be an integer, got '80a' (from AEROCAST_HTTP_PORT)"),
        Arguments.of("unknown role from --roles", null, Map.of(), Map.of(), Map.of("node.roles", "predict,weather"),
            "node.roles: unknown value 'weather'"),
        Arguments.of("unknown role in file", "{\"node\":{\"roles\":[\"feed\",\"trainer\"]}}", Map.of(), Map.of(),
            Map.of(), "node.roles: unknown value 'trainer'"),
        Arguments.of("duplicate role", null, Map.of(), Map.of(), Map.of("node.roles", "feed,feed"),
            "node.roles: 'feed' is listed twice"),
        Arguments.of("roles not a list", "{\"node\":{\"roles\":\"feed\"}}", Map.of(), Map.of(), Map.of(),
            "node.roles: must be a list"),
        Arguments.of("unknown key", "{\"http\":{\"prot\":8000}}", Map.of(), Map.of(), Map.of(),
            "http.prot: unknown config key"),
        Arguments.of("unknown section", "{\"htp\":{\"port\":8000}}", Map.of(), Map.of(), Map.of(),
            "htp: unknown config section"),
        Arguments.of("section not an object", "{\"http\":8000}", Map.of(), Map.of(), Map.of(),
            "http: must be a JSON object"),
        Arguments.of("null value", "{\"http\":{\"host\":null}}", Map.of(), Map.of(), Map.of(),
            "http.host: must not be null"),
        Arguments.of("heartbeat too fast", "{\"node\":{\"heartbeatMillis\":5}}", Map.of(), Map.of(), Map.of(),
            "node.heartbeatMillis: must be between 100 and 60000"),
        Arguments.of("unknown system property in a known section", null, Map.of(),
            Map.of("aerocast.http.prot", "1"), Map.of(), "http.prot: unknown config key (from -Daerocast.http.prot)"),
        Arguments.of("bad system property value", null, Map.of(), Map.of("aerocast.http.port", "x"), Map.of(),
            "http.port: must be an integer, got 'x' (from -Daerocast.http.port)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void invalidConfigurationIsRefusedWithTheKeyNamed(String name, String conf, Map<String, String> env,
      Map<String, String> sys, Map<String, String> cli, String expected, Vertx vertx) throws Exception {
    String confArg = conf == null ? null : confFile(conf).toString();

    assertThatThrownBy(() -> load(vertx, new ConfigLoader.Sources(confArg, env, sys, cli)))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining(expected)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void missingConfFileIsRefused(Vertx vertx) {
    String missing = dir.resolve("nope.json").toString();
    assertThatThrownBy(() -> load(vertx, new ConfigLoader.Sources(missing, Map.of(), Map.of(), Map.of())))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("conf: file not found");
  }

  @Test
  void malformedConfFileIsRefused(Vertx vertx) throws Exception {
    String file = confFile("{\"http\": ").toString();
    assertThatThrownBy(() -> load(vertx, new ConfigLoader.Sources(file, Map.of(), Map.of(), Map.of())))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith("conf: cannot read conf file");
  }

  @Test
  void malformedInlineJsonIsRefused(Vertx vertx) {
    assertThatThrownBy(() -> load(vertx, new ConfigLoader.Sources("{nope", Map.of(), Map.of(), Map.of())))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith("conf: inline -conf is not a JSON object");
  }

  @Test
  void blockingLoadWorksFromAPlainThread() {
    AeroCastConfig config = ConfigLoader.loadBlocking(
        new ConfigLoader.Sources(null, Map.of("AEROCAST_NODE_ID", "laptop"), Map.of(), Map.of()));
    assertThat(config.node().id()).isEqualTo("laptop");
  }

  @Test
  void validatedJsonFromVerticleConfigFillsDefaults() {
    AeroCastConfig config = AeroCastConfig.from(new JsonObject().put("http", new JsonObject().put("port", 8500)));
    assertThat(config.http()).isEqualTo(new HttpOptions("127.0.0.1", 8500, 0));
    assertThat(config.node().roleNames()).isEqualTo(List.of("feed", "land", "predict", "drift", "train"));
  }
}
