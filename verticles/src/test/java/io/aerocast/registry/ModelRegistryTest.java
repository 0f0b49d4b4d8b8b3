package io.aerocast.registry;

import io.aerocast.bus.message.RetrainReason;
import io.aerocast.model.GruForecaster;
import io.aerocast.model.features.FeatureSpec;
import io.aerocast.model.features.Scaler;
import io.aerocast.model.gru.GruWeights;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Verifies that model versions round-trip through the registry and that damaged versions are refused. */
class ModelRegistryTest {

  @TempDir
  Path root;

  static GruForecaster model(long seed) {
    return new GruForecaster(FeatureSpec.WEATHER_24H, new Scaler(new double[] {12.0, 4.0, 990.0},
        new double[] {10.0, 2.0, 7.0}, 1.1), GruWeights.initial(7, 8, seed), linear(seed), 0.9, 1.7);
  }

  private static float[] linear(long seed) {
    float[] c = new float[24 * 7 + 1];
    java.util.Random random = new java.util.Random(seed);
    for (int i = 0; i < c.length; i++) {
      c[i] = (float) random.nextGaussian() * 0.01f;
    }
    return c;
  }

  private static NewVersion info(String parent) {
    return new NewVersion(parent, RetrainReason.INITIAL, Instant.parse("2017-01-01T00:00:00Z"),
        Instant.parse("2017-10-01T00:00:00Z"), new JsonObject().put("hidden", 8), new JsonObject().put("rmse", 0.8),
        12.5);
  }

  @Test
  void roundTripKeepsEverything() throws Exception {
    ModelRegistry registry = new ModelRegistry(root);
    GruForecaster model = model(1);

    StoredVersion saved = registry.save("WBAN:94846", model, file -> Files.writeString(file, "checkpoint"), info(""));
    StoredVersion loaded = registry.load("WBAN:94846", saved.version());

    assertThat(loaded.model().weights()).isEqualTo(model.weights());
    assertThat(loaded.model().scaler()).isEqualTo(model.scaler());
    assertThat(loaded.model().spec()).isEqualTo(model.spec());
    assertThat(loaded.model().halfWidth()).isEqualTo(1.7);
    assertThat(loaded.model().linear()).isEqualTo(model.linear());
    assertThat(loaded.metadata().getString("reason")).isEqualTo("initial");
    assertThat(loaded.metadata().getJsonObject("metrics").getDouble("rmse")).isEqualTo(0.8);
    assertThat(loaded.metadata().getJsonObject("checksums").fieldNames())
        .containsExactlyInAnyOrder(ModelRegistry.SERVING_FILE, ModelRegistry.CHECKPOINT_FILE);
    assertThat(registry.versions("WBAN:94846")).containsExactly(saved.version());
    assertThat(registry.latest("WBAN:94846")).contains(saved.version());
    assertThat(Files.list(root.resolve("WBAN-94846")).map(p -> p.getFileName().toString()))
        .as("no temp directory left behind").allMatch(name -> name.startsWith("v"));
  }

  @Test
  void versionsAreOrderedAndRecordTheirParent() throws Exception {
    ModelRegistry registry = new ModelRegistry(root);
    StoredVersion first = registry.save("s", model(1), null, info(""));
    Thread.sleep(5); // version ids have millisecond resolution
    StoredVersion second = registry.save("s", model(2), null, info(first.version()));

    assertThat(registry.versions("s")).containsExactly(first.version(), second.version());
    assertThat(second.metadata().getString("parent")).isEqualTo(first.version());
  }

  @Test
  void tamperedServingFileIsRefused() throws Exception {
    ModelRegistry registry = new ModelRegistry(root);
    StoredVersion saved = registry.save("s", model(1), null, info(""));
    Path serving = root.resolve("s").resolve(saved.version()).resolve(ModelRegistry.SERVING_FILE);
    byte[] bytes = Files.readAllBytes(serving);
    bytes[bytes.length - 20] ^= 0x40;
    Files.write(serving, bytes);

    assertThatThrownBy(() -> registry.load("s", saved.version()))
        .isInstanceOf(CorruptModelException.class)
        .hasMessageContaining("serving.bin checksum mismatch");
  }

  @Test
  void missingFileIsRefused() throws Exception {
    ModelRegistry registry = new ModelRegistry(root);
    StoredVersion saved = registry.save("s", model(1), file -> Files.writeString(file, "x"), info(""));
    Files.delete(root.resolve("s").resolve(saved.version()).resolve(ModelRegistry.CHECKPOINT_FILE));

    assertThatThrownBy(() -> registry.load("s", saved.version()))
        .isInstanceOf(CorruptModelException.class)
        .hasMessageContaining("missing checkpoint.fb");
  }

  @Test
  void nanWeightsAreRefusedEvenWithAMatchingChecksum() throws Exception {
    ModelRegistry registry = new ModelRegistry(root);
    StoredVersion saved = registry.save("s", model(1), null, info(""));
    Path dir = root.resolve("s").resolve(saved.version());
    byte[] bytes = Files.readAllBytes(dir.resolve(ModelRegistry.SERVING_FILE));
    // The file ends with bo, the linear base (count + 169 floats) and the interval (2 doubles).
    int bo = bytes.length - 16 - (4 + 169 * 4) - 4;
    int nan = Float.floatToIntBits(Float.NaN);
    bytes[bo] = (byte) (nan >>> 24);
    bytes[bo + 1] = (byte) (nan >>> 16);
    bytes[bo + 2] = (byte) (nan >>> 8);
    bytes[bo + 3] = (byte) nan;
    Files.write(dir.resolve(ModelRegistry.SERVING_FILE), bytes);
    JsonObject metadata = new JsonObject(Files.readString(dir.resolve(ModelRegistry.METADATA_FILE)));
    metadata.getJsonObject("checksums").put(ModelRegistry.SERVING_FILE,
        io.aerocast.bus.message.ModelAnnouncement.sha256Hex(bytes));
    Files.writeString(dir.resolve(ModelRegistry.METADATA_FILE), metadata.encode());

    assertThatThrownBy(() -> registry.load("s", saved.version()))
        .isInstanceOf(CorruptModelException.class)
        .hasMessageContaining("bo is not finite");
  }

  @Test
  void garbageIsNotAnArtifact() {
    assertThatThrownBy(() -> ServingArtifact.decode("hello".getBytes()))
        .isInstanceOf(CorruptModelException.class);
    byte[] valid = ServingArtifact.encode(model(3));
    assertThatThrownBy(() -> ServingArtifact.decode(java.util.Arrays.copyOf(valid, valid.length - 9)))
        .isInstanceOf(CorruptModelException.class)
        .hasMessageContaining("truncated");
  }
}
