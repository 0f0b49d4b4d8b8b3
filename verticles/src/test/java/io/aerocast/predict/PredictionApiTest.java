package io.aerocast.predict;

import io.aerocast.bus.Addresses;
import io.aerocast.bus.MessageCodecs;
import io.aerocast.bus.message.Forecast;
import io.aerocast.bus.message.ForecastOutcome;
import io.aerocast.bus.message.ModelAnnouncement;
import io.aerocast.bus.message.Observation;
import io.aerocast.bus.message.RetrainReason;
import io.aerocast.data.ObservationFiles;
import io.aerocast.data.ReadOptions;
import io.aerocast.model.GruForecaster;
import io.aerocast.model.features.FeatureSpec;
import io.aerocast.model.features.Scaler;
import io.aerocast.model.gru.GruWeights;
import io.aerocast.registry.ModelRegistry;
import io.aerocast.registry.NewVersion;
import io.aerocast.registry.ServingArtifact;
import io.aerocast.registry.StoredVersion;
import io.aerocast.web.HttpServerVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Verifies the prediction API end to end over HTTP: forecasts equal the model's own, every kind of bad
 * input is a 4xx JSON error naming the field, a bad /eval leaves the running RMSE untouched, and a
 * model announced on the bus is swapped in under concurrent load without a failed request.
 */
@ExtendWith(VertxExtension.class)
class PredictionApiTest {

  @TempDir
  Path models;

  private Vertx vertx;
  private WebClient client;
  private int port;
  private StoredVersion first;

  static GruForecaster model(long seed) {
    Random random = new Random(seed);
    float[] linear = new float[24 * 7 + 1];
    for (int i = 0; i < linear.length; i++) {
      linear[i] = (float) random.nextGaussian() * 0.05f;
    }
    return new GruForecaster(FeatureSpec.WEATHER_24H, new Scaler(new double[] {12.0, 4.0, 990.0},
        new double[] {10.0, 2.0, 7.0}, 1.1), GruWeights.initial(7, 16, seed), linear, 0.9, 1.5);
  }

  static double[][] rows() {
    double[][] rows = new double[24][];
    for (int i = 0; i < 24; i++) {
      rows[i] = new double[] {10 + Math.sin(i / 3.0) * 4, 3.5, 1012 - i * 0.1};
    }
    return rows;
  }

  static JsonArray json(double[][] rows) {
    JsonArray array = new JsonArray();
    for (double[] row : rows) {
      JsonArray r = new JsonArray();
      for (double v : row) {
        r.add(v);
      }
      array.add(r);
    }
    return array;
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  @BeforeEach
  void start() throws Exception {
    first = new ModelRegistry(models).save("ORD", model(1), null, new NewVersion("", RetrainReason.INITIAL,
        Instant.EPOCH, Instant.EPOCH, new JsonObject(), new JsonObject(), 1));
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    vertx = Vertx.vertx();
    MessageCodecs.registerAll(vertx.eventBus());
    JsonObject config = new JsonObject()
        .put("http", new JsonObject().put("port", port))
        .put("node", new JsonObject().put("id", "api-test").put("roles", new JsonArray().add("predict")))
        .put("predict", new JsonObject().put("modelsDir", models.toString()).put("maxBodyBytes", 65536)
            .put("maxBatch", 8).put("maxAbsWindSpeed", 75.0))
        .put("admin", new JsonObject().put("token", "s3cret"));
    DeploymentOptions options = new DeploymentOptions().setConfig(config);
    await(vertx.deployVerticle(new PredictionVerticle(), options));
    await(vertx.deployVerticle(new HttpServerVerticle(), options));
    await(vertx.deployVerticle(new StreamForecastVerticle(), options));
    client = WebClient.create(vertx);
  }

  @AfterEach
  void stop() throws Exception {
    await(vertx.close());
  }

  private HttpResponse<Buffer> post(String path, String contentType, String body) throws Exception {
    var request = client.post(port, "127.0.0.1", path);
    if (contentType != null) {
      request.putHeader("content-type", contentType);
    }
    return await(request.sendBuffer(Buffer.buffer(body)));
  }

  @Test
  void singleForecastEqualsTheModelsOwnAndCarriesVersionAndInterval() throws Exception {
    Instant end = Instant.parse("2017-10-01T05:00:00Z");
    JsonObject body = new JsonObject().put("sequence", json(rows())).put("end", end.toString());

    HttpResponse<Buffer> response = post("/predict", "application/json", body.encode());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject json = response.bodyAsJsonObject();
    double expected = model(1).forecast(rows(), end);
    assertThat(json.getDouble("forecast")).isCloseTo(expected, within(1e-9));
    assertThat(json.getString("model_version")).isEqualTo(first.version());
    assertThat(json.getString("target_time")).isEqualTo("2017-10-01T06:00:00Z");
    JsonObject interval = json.getJsonObject("interval");
    assertThat(interval.getDouble("hi") - interval.getDouble("lo")).isCloseTo(3.0, within(1e-9));
    assertThat(interval.getDouble("level")).isEqualTo(0.9);
  }

  @Test
  void batchAndTimestamps() throws Exception {
    JsonArray timestamps = new JsonArray();
    for (int i = 0; i < 24; i++) {
      timestamps.add(Instant.parse("2017-10-01T00:00:00Z").plusSeconds(3600L * i).toString());
    }
    JsonObject body = new JsonObject().put("sequences", new JsonArray().add(json(rows())).add(json(rows())))
        .put("timestamps", timestamps).put("series", "ORD");

    JsonObject json = post("/predict", "application/json", body.encode()).bodyAsJsonObject();

    assertThat(json.getJsonArray("forecasts")).hasSize(2);
    double expected = model(1).forecast(rows(), Instant.parse("2017-10-01T23:00:00Z"));
    assertThat(json.getJsonArray("forecasts").getJsonObject(1).getDouble("forecast")).isCloseTo(expected,
        within(1e-9));
  }

  @Test
  void everyKindOfBadInputIsA4xxJsonErrorNamingTheField() throws Exception {
    String good = json(rows()).encode();
    String row = "[10.0, 3.5, 1012.0]";
    String nanRow = good.replaceFirst("\\[[^\\[\\]]*\\]", "[NaN, 3.5, 1012.0]");
    record Case(String name, String contentType, String body, int status, String message) { }
    List<Case> cases = List.of(
        new Case("NaN", "application/json", "{\"sequence\":" + nanRow + "}", 400, "not valid JSON"),
        new Case("Infinity", "application/json", "{\"sequence\":" + good.replaceFirst("3\\.5", "Infinity") + "}", 400,
            "not valid JSON"),
        new Case("1e999 overflow", "application/json", "{\"sequence\":" + good.replaceFirst("3\\.5", "1e999") + "}",
            400, "sequence[0][1]: must be a finite number"),
        new Case("1e308 out of range", "application/json", "{\"sequence\":" + good.replaceFirst("3\\.5", "1e308")
            + "}", 400, "sequence[0][1]: |value| must be at most"),
        new Case("windspeed above its own limit", "application/json", "{\"sequence\":"
            + good.replaceFirst("3\\.5", "80") + "}", 400, "sequence[0][1]: |value| must be at most 75.0"),
        new Case("boolean", "application/json", "{\"sequence\":" + good.replaceFirst("3\\.5", "true") + "}", 400,
            "sequence[0][1]: must be a number, got a boolean"),
        new Case("numeric string", "application/json", "{\"sequence\":" + good.replaceFirst("3\\.5", "\"3.5\"") + "}",
            400, "sequence[0][1]: must be a number, got a string"),
        new Case("null", "application/json", "{\"sequence\":" + good.replaceFirst("3\\.5", "null") + "}", 400,
            "sequence[0][1]: must be a number, got null"),
        new Case("short window", "application/json", "{\"sequence\":[" + row + "]}", 400,
            "sequence: must have exactly 24 rows"),
        new Case("wrong feature count", "application/json", "{\"sequence\":"
            + good.replaceFirst("\\[[^\\[\\]]*\\]", "[1.0, 2.0]") + "}", 400, "sequence[0]: must have exactly 3 values"),
        new Case("not an object", "application/json", "[1,2,3]", 400, "body must be a JSON object"),
        new Case("malformed JSON", "application/json", "{\"sequence\": [", 400, "not valid JSON"),
        new Case("both forms", "application/json", "{\"sequence\":" + good + ",\"sequences\":[" + good + "]}", 400,
            "exactly one of"),
        new Case("unknown field", "application/json", "{\"sequence\":" + good + ",\"extra\":1}", 400,
            "unknown field 'extra'"),
        new Case("batch too large", "application/json", "{\"sequences\":[" + String.join(",",
            java.util.Collections.nCopies(9, good)) + "]}", 400, "sequences: must hold 1 to 8"),
        new Case("empty batch", "application/json", "{\"sequences\":[]}", 400, "sequences: must hold 1 to 8"),
        new Case("bad end", "application/json", "{\"sequence\":" + good + ",\"end\":\"yesterday\"}", 400,
            "end: must be an ISO-8601 instant"),
        new Case("unknown series", "application/json", "{\"sequence\":" + good + ",\"series\":\"nowhere\"}", 404,
            "no model for series 'nowhere'"),
        new Case("wrong content type", "text/plain", "{\"sequence\":" + good + "}", 415, "application/json"),
        new Case("no content type", null, "{\"sequence\":" + good + "}", 415, "application/json"),
        new Case("too large", "application/json", "{\"sequence\":\"" + "x".repeat(70_000) + "\"}", 413, "larger than"));
    String hot = json(rows()).encode().replaceFirst("\\[[0-9.]+,", "[80.0,");
    assertThat(post("/predict", "application/json", "{\"sequence\":" + hot + "}").statusCode())
        .as("80 is refused as a windspeed (limit 75) but not as a temperature").isEqualTo(200);
    for (Case c : cases) {
      HttpResponse<Buffer> response = post("/predict", c.contentType(), c.body());
      assertThat(response.statusCode()).as(c.name()).isEqualTo(c.status());
      JsonObject error = response.bodyAsJsonObject().getJsonObject("error");
      assertThat(error.getString("message")).as(c.name()).contains(c.message());
      assertThat(response.bodyAsString().length()).as(c.name() + ": no echo of the input").isLessThan(400);
    }
  }

  @Test
  void evalKeepsARunningRmseThatBadInputCannotTouch() throws Exception {
    List<ForecastOutcome> outcomes = new CopyOnWriteArrayList<>();
    await(vertx.eventBus().<ForecastOutcome>consumer(Addresses.FORECAST_OUTCOMES, m -> outcomes.add(m.body()))
        .completion());

    JsonObject first = post("/eval", "application/json", "{\"predicted\": 10, \"actual\": 13}").bodyAsJsonObject();
    assertThat(first.getDouble("rmse")).isCloseTo(3.0, within(1e-9));
    assertThat(first.getBoolean("drift_flagged")).as("3 degC is outside the 1.5 half-width").isTrue();
    for (String bad : List.of("{\"predicted\": NaN, \"actual\": 1}", "{\"predicted\": 1e999, \"actual\": 1}",
        "{\"predicted\": \"1\", \"actual\": 1}", "{\"predicted\": 1}", "{\"predicted\": true, \"actual\": 1}")) {
      assertThat(post("/eval", "application/json", bad).statusCode()).as(bad).isEqualTo(400);
    }
    JsonObject second = post("/eval", "application/json", "{\"predicted\": 10, \"actual\": 9}").bodyAsJsonObject();

    assertThat(second.getLong("count")).isEqualTo(2);
    assertThat(second.getDouble("rmse")).isCloseTo(Math.sqrt((9 + 1) / 2.0), within(1e-9));
    assertThat(second.getDouble("abs_error")).isCloseTo(1.0, within(1e-9));
    assertThat(second.getBoolean("drift_flagged")).isFalse();
    Thread.sleep(200);
    assertThat(outcomes).hasSize(2);
    assertThat(outcomes.get(0).origin()).isEqualTo("eval");
    assertThat(outcomes.get(0).series()).isEqualTo("ORD");
  }

  @Test
  void readyAndHealthShowTheServedVersion() throws Exception {
    var ready = await(client.get(port, "127.0.0.1", "/readyz").send());
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.bodyAsJsonObject().getJsonObject("models").getString("ORD")).isEqualTo(first.version());
    var health = await(client.get(port, "127.0.0.1", "/healthz").send()).bodyAsJsonObject();
    assertThat(health.getJsonObject("model").getString("version")).isEqualTo(first.version());
  }

  @Test
  void announcedModelIsSwappedInUnderLoadWithoutAFailedRequest() throws Exception {
    GruForecaster second = model(2);
    ModelAnnouncement announcement = ModelAnnouncement.of("ORD", "v-second", first.version(), Instant.now(),
        ServingArtifact.encode(second));
    String body = new JsonObject().put("sequence", json(rows())).put("end", "2017-10-01T05:00:00Z").encode();
    List<Integer> statuses = new CopyOnWriteArrayList<>();
    List<String> versions = new CopyOnWriteArrayList<>();
    List<Future<?>> inFlight = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      if (i == 300) {
        vertx.eventBus().publish(Addresses.MODEL_ANNOUNCEMENTS, announcement);
      }
      inFlight.add(client.post(port, "127.0.0.1", "/predict").putHeader("content-type", "application/json")
          .sendBuffer(Buffer.buffer(body)).onSuccess(r -> {
            statuses.add(r.statusCode());
            versions.add(r.bodyAsJsonObject().getString("model_version"));
          }));
      if (i % 50 == 0) {
        await(Future.join(new ArrayList<>(inFlight)));
      }
    }
    await(Future.join(inFlight));
    // Requests after the swap completes see the new model.
    Thread.sleep(300);
    JsonObject after = post("/predict", "application/json", body).bodyAsJsonObject();

    assertThat(statuses).hasSize(600).containsOnly(200);
    assertThat(versions).containsOnly(first.version(), "v-second");
    assertThat(after.getString("model_version")).isEqualTo("v-second");
    assertThat(after.getDouble("forecast")).isCloseTo(second.forecast(rows(),
        Instant.parse("2017-10-01T05:00:00Z")), within(1e-9));
    assertThat(ModelCatalog.of(vertx).swaps()).isEqualTo(1);
  }

  @Test
  void modelsListsVersionsAndAdminPromotesAndRollsBack() throws Exception {
    // The node serves `first`; a newer version appears in its registry (e.g. written by `train`).
    StoredVersion second = new ModelRegistry(models).save("ORD", model(2), null, new NewVersion(first.version(),
        RetrainReason.MANUAL, Instant.EPOCH, Instant.EPOCH, new JsonObject(), new JsonObject().put("rmse", 0.7), 1));
    JsonObject listed = await(client.get(port, "127.0.0.1", "/models").send()).bodyAsJsonObject();
    JsonObject ord = listed.getJsonObject("series").getJsonObject("ORD");
    assertThat(ord.getString("current")).isEqualTo(first.version());
    assertThat(ord.getJsonArray("versions")).hasSize(2);
    JsonObject newest = ord.getJsonArray("versions").getJsonObject(0);
    assertThat(newest.getString("version")).isEqualTo(second.version());
    assertThat(newest.getString("parent")).isEqualTo(first.version());
    assertThat(newest.getString("reason")).isEqualTo("manual");
    assertThat(newest.getJsonObject("metrics").getDouble("rmse")).isEqualTo(0.7);

    String promote = new JsonObject().put("series", "ORD").put("version", second.version()).encode();
    for (String auth : java.util.Arrays.asList(null, "Bearer wrong", "s3cret", "Bearer ")) {
      var request = client.post(port, "127.0.0.1", "/admin/promote");
      if (auth != null) {
        request.putHeader("authorization", auth);
      }
      var response = await(request.sendBuffer(Buffer.buffer(promote)));
      assertThat(response.statusCode()).as("auth %s", auth).isEqualTo(401);
    }
    var promoted = await(client.post(port, "127.0.0.1", "/admin/promote").putHeader("authorization", "Bearer s3cret")
        .putHeader("content-type", "application/json")
        .sendBuffer(Buffer.buffer(promote)));
    assertThat(promoted.statusCode()).isEqualTo(200);
    awaitServed(second.version());

    var rolledBack = await(client.post(port, "127.0.0.1", "/admin/rollback").putHeader("authorization",
        "Bearer s3cret").putHeader("content-type", "application/json").sendBuffer(Buffer.buffer("{\"series\":\"ORD\"}")));
    assertThat(rolledBack.bodyAsJsonObject().getString("version")).isEqualTo(first.version());
    awaitServed(first.version());

    var unknown = await(client.post(port, "127.0.0.1", "/admin/promote").putHeader("authorization", "Bearer s3cret")
        .putHeader("content-type", "application/json")
        .sendBuffer(Buffer.buffer("{\"series\":\"ORD\",\"version\":\"v-nope\"}")));
    assertThat(unknown.statusCode()).isEqualTo(404);
    var noEarlier = await(client.post(port, "127.0.0.1", "/admin/rollback").putHeader("authorization",
        "Bearer s3cret").putHeader("content-type", "application/json").sendBuffer(Buffer.buffer("{\"series\":\"ORD\"}")));
    assertThat(noEarlier.statusCode()).isEqualTo(404);

    var noTrainer = await(client.post(port, "127.0.0.1", "/admin/retrain").putHeader("authorization",
        "Bearer s3cret").putHeader("content-type", "application/json").sendBuffer(Buffer.buffer("{\"series\":\"ORD\"}")));
    assertThat(noTrainer.statusCode()).isEqualTo(503);
    await(vertx.eventBus().consumer(Addresses.RETRAIN_REQUESTS, m -> m.reply("ok")).completion());
    var accepted = await(client.post(port, "127.0.0.1", "/admin/retrain").putHeader("authorization",
        "Bearer s3cret").putHeader("content-type", "application/json").sendBuffer(Buffer.buffer("{\"series\":\"ORD\"}")));
    assertThat(accepted.statusCode()).isEqualTo(202);
    var unauthorized = await(client.post(port, "127.0.0.1", "/admin/retrain")
        .sendBuffer(Buffer.buffer("{\"series\":\"ORD\"}")));
    assertThat(unauthorized.statusCode()).isEqualTo(401);
    var notJson = await(client.post(port, "127.0.0.1", "/admin/retrain").putHeader("authorization", "Bearer s3cret")
        .putHeader("content-type", "text/plain").sendBuffer(Buffer.buffer("{\"series\":\"ORD\"}")));
    assertThat(notJson.statusCode()).isEqualTo(415);
    var tooLarge = await(client.post(port, "127.0.0.1", "/admin/retrain").putHeader("authorization", "Bearer s3cret")
        .putHeader("content-type", "application/json").sendBuffer(Buffer.buffer("{\"series\":\""
            + "x".repeat(5000) + "\"}")));
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.bodyAsJsonObject().getJsonObject("error")).isNotNull();
  }

  private void awaitServed(String version) throws Exception {
    long deadline = System.currentTimeMillis() + 10_000;
    while (!ModelCatalog.of(vertx).get("ORD").orElseThrow().version().equals(version)) {
      assertThat(System.currentTimeMillis()).as("swap to %s", version).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  @Test
  void routineRetrainCheckAsksTheTrainerOnlyForAStaleModel() throws Exception {
    JsonObject fresh = post("/routine-retrain-check", null, "").bodyAsJsonObject();
    assertThat(fresh.getString("reason")).isEqualTo("fresh");
    assertThat(fresh.getBoolean("scheduled")).isFalse();
    assertThat(fresh.getLong("age_sec")).isBetween(0L, 60L);

    // An old version is served: stale. No trainer yet, then a trainer that accepts.
    vertx.eventBus().publish(Addresses.MODEL_ANNOUNCEMENTS, ModelAnnouncement.of("ORD", "v20170101T000000000Z-0ld",
        "", Instant.now(), ServingArtifact.encode(model(4))));
    awaitServed("v20170101T000000000Z-0ld");
    JsonObject noTrainer = post("/routine-retrain-check", null, "").bodyAsJsonObject();
    assertThat(noTrainer.getString("reason")).isEqualTo("stale");
    assertThat(noTrainer.getBoolean("scheduled")).isFalse();
    assertThat(noTrainer.getString("detail")).contains("no trainer");

    List<io.aerocast.bus.message.RetrainRequest> requests = new CopyOnWriteArrayList<>();
    await(vertx.eventBus().<io.aerocast.bus.message.RetrainRequest>consumer(Addresses.RETRAIN_REQUESTS, m -> {
      requests.add(m.body());
      m.reply("accepted");
    }).completion());
    JsonObject scheduled = post("/routine-retrain-check", null, "").bodyAsJsonObject();
    assertThat(scheduled.getBoolean("scheduled")).isTrue();
    assertThat(scheduled.getLong("age_sec")).isGreaterThan(3600L * 24 * 365);
    assertThat(requests).singleElement().satisfies(r -> {
      assertThat(r.series()).isEqualTo("ORD");
      assertThat(r.reason()).isEqualTo(RetrainReason.SCHEDULE);
    });
  }

  @Test
  void corruptAnnouncementIsRefusedAndTheCurrentModelKeepsServing() throws Exception {
    byte[] artifact = ServingArtifact.encode(model(3));
    byte[] broken = java.util.Arrays.copyOf(artifact, artifact.length - 10);
    vertx.eventBus().publish(Addresses.MODEL_ANNOUNCEMENTS, ModelAnnouncement.of("ORD", "v-broken", "",
        Instant.now(), broken));
    Thread.sleep(300);

    assertThat(ModelCatalog.of(vertx).get("ORD").orElseThrow().version()).isEqualTo(first.version());
  }

  @Test
  void observationsOnTheBusBecomeForecastsOutcomesAndTheLatestObservation() throws Exception {
    HttpResponse<Buffer> none = await(client.get(port, "127.0.0.1", "/latest").send());
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.bodyAsJsonObject().getJsonObject("error").getString("message")).contains("no observation");

    List<Forecast> forecasts = new CopyOnWriteArrayList<>();
    List<ForecastOutcome> outcomes = new CopyOnWriteArrayList<>();
    await(vertx.eventBus().<Forecast>consumer(Addresses.FORECASTS, m -> forecasts.add(m.body())).completion());
    await(vertx.eventBus().<ForecastOutcome>consumer(Addresses.FORECAST_OUTCOMES, m -> outcomes.add(m.body()))
        .completion());
    List<Observation> january = ObservationFiles.read(Path.of("src/test/resources/data/lcd-legacy-ord-2017-jan.csv"),
        ReadOptions.defaults()).bySeries().values().iterator().next();
    List<Observation> published = new ArrayList<>();
    for (Observation o : january.subList(0, 30)) {
      Observation renamed = new Observation("ORD", o.time(), o.temperature(), o.windSpeed(), o.pressure(), "test");
      published.add(renamed);
      vertx.eventBus().publish(Addresses.OBSERVATIONS, renamed);
    }
    long deadline = System.currentTimeMillis() + 10_000;
    while ((forecasts.size() < 6 || outcomes.size() < 5) && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }

    // Hours 24..29 close with a full window: six forecasts, five of which have met their actual.
    assertThat(forecasts).hasSize(6).allSatisfy(f -> assertThat(f.modelVersion()).isEqualTo(first.version()));
    assertThat(outcomes).hasSize(5).allSatisfy(o -> assertThat(o.origin()).isEqualTo("stream"));
    assertThat(outcomes.get(0).targetTime()).isEqualTo(forecasts.get(0).targetTime());
    assertThat(outcomes.get(0).predicted()).isEqualTo(forecasts.get(0).value());
    Observation newest = published.get(published.size() - 1);
    for (String path : List.of("/latest", "/latest?series=ORD")) {
      JsonObject latest = await(client.get(port, "127.0.0.1", path).send()).bodyAsJsonObject();
      assertThat(latest.getString("series")).isEqualTo("ORD");
      assertThat(latest.getString("ts")).isEqualTo(newest.time().toString());
      assertThat(latest.getDouble("temperature")).isEqualTo(newest.temperature());
    }
    assertThat(await(client.get(port, "127.0.0.1", "/latest?series=nowhere").send()).statusCode()).isEqualTo(404);
    assertThat(await(client.get(port, "127.0.0.1", "/latest?series=").send()).statusCode()).isEqualTo(400);
  }

  /**
   * Mutation fuzzing of /predict and /eval bodies: cut, duplicated, spliced and byte-flipped variants of
   * valid bodies, deep nesting, odd numbers. Every answer must be a 200 or a 4xx with a JSON error, never a
   * 5xx or a hang (seeded, so a failure reproduces).
   */
  @Test
  void mutatedBodiesNeverCauseA5xx() throws Exception {
    Random random = new Random(20261203);
    String good = new JsonObject().put("sequence", json(rows())).put("end", "2017-10-01T05:00:00Z").encode();
    String batch = new JsonObject().put("sequences", new JsonArray().add(json(rows())).add(json(rows()))).encode();
    String eval = "{\"predicted\": 10.5, \"actual\": 11.25, \"series\": \"ORD\"}";
    String[] fragments = {"NaN", "-0", "1e999", "-1e-999", "1e308", "null", "true", "\"x\"", "[]", "{}", "[[", "]]",
        ",", ":", "\"sequence\"", "\"sequences\"", "\"series\"", "9".repeat(500), "\\u0000", "\"\\ud800\"",
        "[".repeat(200), "0x10", "+1", ".5", "01", "1.", "\u00e9", "\"end\":\"2017-13-40T99:00:00Z\""};
    int ok = 0;
    for (int i = 0; i < 1500; i++) {
      String base = switch (i % 3) {
        case 0 -> good;
        case 1 -> batch;
        default -> eval;
      };
      String route = i % 3 == 2 ? "/eval" : "/predict";
      StringBuilder body = new StringBuilder(base);
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits && body.length() > 0; e++) {
        int at = random.nextInt(body.length());
        switch (random.nextInt(5)) {
          case 0 -> body.delete(at, Math.min(body.length(), at + 1 + random.nextInt(20)));
          case 1 -> body.insert(at, fragments[random.nextInt(fragments.length)]);
          case 2 -> body.setCharAt(at, (char) (32 + random.nextInt(95)));
          case 3 -> body.setLength(at);
          default -> body.insert(at, body.substring(at, Math.min(body.length(), at + random.nextInt(40))));
        }
      }
      HttpResponse<Buffer> response = post(route, "application/json", body.toString());
      int status = response.statusCode();
      assertThat(status).as("%s %s", route, body).isIn(200, 400, 404, 413);
      if (status == 200) {
        ok++;
      } else {
        assertThat(response.bodyAsJsonObject().getJsonObject("error").getString("message")).isNotBlank();
      }
    }
    // Some mutations leave a valid body (e.g. whitespace or a digit changed): the fuzz reaches the model too.
    assertThat(ok).isPositive();
    assertThat(post("/predict", "application/json", good).statusCode()).isEqualTo(200);
  }
}
