package io.aerocast.predict;

import io.aerocast.bus.Addresses;
import io.aerocast.bus.message.Forecast;
import io.aerocast.bus.message.ForecastOutcome;
import io.aerocast.bus.message.Observation;
import io.aerocast.cluster.PresenceVerticle;
import io.aerocast.cluster.TestClusters;
import io.aerocast.data.ObservationFiles;
import io.aerocast.data.ReadOptions;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static io.aerocast.cluster.TestClusters.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verifies the live loop on a real cluster: two prediction nodes both receive every observation a third
 * node publishes, and each forecast and each outcome reaches the bus exactly once (the series' owner
 * publishes it), with the series shared between the two nodes.
 */
class StreamForecastClusterIT {

  private static final int SERIES = 8;
  private static final int HOURS = 30;

  private final List<Vertx> nodes = new ArrayList<>();


  @AfterEach
  void stop() throws Exception {
    TestClusters.closeAll(nodes);
  }

  @Test
  void eachForecastAndOutcomeIsPublishedOnceAcrossTwoPredictionNodes() throws Exception {
    nodes.addAll(TestClusters.start(3, 5841));
    Vertx feeder = nodes.get(0);
    List<String> ids = List.of("predict-1", "predict-2");
    for (int i = 0; i < ids.size(); i++) {
      Vertx node = nodes.get(i + 1);
      ModelCatalog.of(node).install(new ServedModel("ORD", "v-cluster", PredictionApiTest.model(5), Instant.now()));
      JsonObject config = new JsonObject()
          .put("node", new JsonObject().put("id", ids.get(i)).put("roles", new JsonArray().add("predict"))
              .put("heartbeatMillis", 200))
          .put("predict", new JsonObject().put("defaultSeries", "ORD"));
      DeploymentOptions options = new DeploymentOptions().setConfig(config);
      await(node.deployVerticle(new PresenceVerticle(), options));
      await(node.deployVerticle(new StreamForecastVerticle(), options));
    }
    List<Forecast> forecasts = new CopyOnWriteArrayList<>();
    List<ForecastOutcome> outcomes = new CopyOnWriteArrayList<>();
    await(feeder.eventBus().<Forecast>consumer(Addresses.FORECASTS, m -> forecasts.add(m.body())).completion());
    await(feeder.eventBus().<ForecastOutcome>consumer(Addresses.FORECAST_OUTCOMES, m -> outcomes.add(m.body()))
        .completion());

    // Until both prediction nodes know each other and receive what the feeder publishes.
    long deadline = System.currentTimeMillis() + 30_000;
    Observation probe = new Observation("probe", Instant.parse("2017-01-01T00:00:00Z"), 1.0, 1.0, 1000.0, "probe");
    while (System.currentTimeMillis() < deadline && !(nodes.subList(1, 3).stream().allMatch(node ->
        LatestObservations.of(node).of("probe").isPresent()
            && node.sharedData().getLocalMap(PresenceVerticle.DIRECTORY_MAP).keySet().containsAll(ids)))) {
      feeder.eventBus().publish(Addresses.OBSERVATIONS, probe);
      Thread.sleep(200);
    }

    List<Observation> january = ObservationFiles.read(Path.of("src/test/resources/data/lcd-legacy-ord-2017-jan.csv"),
        ReadOptions.defaults()).bySeries().values().iterator().next();
    for (Observation o : january.subList(0, HOURS)) {
      for (int s = 0; s < SERIES; s++) {
        feeder.eventBus().publish(Addresses.OBSERVATIONS, new Observation("station-" + s, o.time(), o.temperature(),
            o.windSpeed(), o.pressure(), "it"));
      }
    }
    int expectedForecasts = SERIES * (HOURS - 24);
    int expectedOutcomes = SERIES * (HOURS - 25);
    deadline = System.currentTimeMillis() + 20_000;
    while ((forecasts.size() < expectedForecasts || outcomes.size() < expectedOutcomes)
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    Thread.sleep(500); // a duplicate would arrive within this

    Map<String, Long> perSeriesAndHour = forecasts.stream()
        .collect(Collectors.groupingBy(f -> f.series() + "@" + f.targetTime(), Collectors.counting()));
    assertThat(forecasts).hasSize(expectedForecasts);
    assertThat(perSeriesAndHour.values()).as("no forecast published twice").allMatch(count -> count == 1);
    assertThat(outcomes).hasSize(expectedOutcomes);
    assertThat(outcomes.stream().map(o -> o.series() + "@" + o.targetTime()).distinct().count())
        .isEqualTo(expectedOutcomes);

    // The series really are shared: each node owns some of them.
    for (String id : ids) {
      StreamOwnership ownership = new StreamOwnership(id, () -> ids);
      long owned = java.util.stream.IntStream.range(0, SERIES).filter(s -> ownership.owns("station-" + s)).count();
      assertThat(owned).as("series owned by %s", id).isBetween(1L, (long) SERIES - 1);
    }
  }
}
