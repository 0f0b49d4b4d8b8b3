package io.aerocast.model.gru;

import io.aerocast.bus.message.Observation;
import io.aerocast.model.features.FeatureSpec;
import io.aerocast.model.features.HourlySeries;
import io.aerocast.model.features.Scaler;
import io.aerocast.model.features.WindowSet;
import io.aerocast.model.features.Windowing;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Verifies that training lowers the loss, reports progress, and is reproducible for a seed. */
class GruTrainerTest {

  /** A daily cycle plus noise: a GRU should learn the diurnal change quickly. */
  private static WindowSet[] data() {
    Random random = new Random(5);
    Instant t0 = Instant.parse("2020-01-01T00:00:00Z");
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < 24 * 40; i++) {
      double t = 10 + 8 * Math.sin(2 * Math.PI * i / 24.0) + random.nextGaussian() * 0.3;
      obs.add(new Observation("syn", t0.plusSeconds(3600L * i), t, 3 + random.nextGaussian(), 1010, "test"));
    }
    HourlySeries series = HourlySeries.of(obs);
    Instant end = series.time(series.size() - 1).plusSeconds(3600);
    Scaler scaler = Windowing.fitScaler(series, end);
    return new WindowSet[] {Windowing.windows(series, FeatureSpec.WEATHER_24H, scaler, t0, end)};
  }

  @Test
  void lossDecreasesAndProgressIsReported() {
    WindowSet windows = data()[0];
    Scaler scaler = scalerFor(windows);
    List<EpochProgress> seen = new ArrayList<>();
    TrainingOptions options = new TrainingOptions(8, 8, 64, 1e-2, 8, 0.1, 3);

    TrainedGru trained = new GruTrainer(options).train(windows, scaler, null, seen::add);

    assertThat(seen).hasSize(8);
    assertThat(seen.get(7).trainLoss()).isLessThan(seen.get(0).trainLoss() * 0.7);
    assertThat(seen.get(trained.bestEpoch() - 1).validationLoss()).isLessThan(seen.get(0).validationLoss());
    assertThat(seen.get(0).etaMillis()).isGreaterThanOrEqualTo(0);
    assertThat(trained.validationResiduals()).hasSize((int) Math.round(windows.size() * 0.1));
  }

  @Test
  void sameSeedSameWeights() {
    WindowSet windows = data()[0];
    Scaler scaler = scalerFor(windows);
    TrainingOptions options = new TrainingOptions(6, 2, 64, 1e-2, 5, 0.1, 11);

    GruWeights a = new GruTrainer(options).train(windows, scaler, null, p -> { }).weights();
    GruWeights b = new GruTrainer(options).train(windows, scaler, null, p -> { }).weights();

    for (int i = 0; i < a.wz().length; i++) {
      assertThat(b.wz()[i]).isCloseTo(a.wz()[i], within(1e-6f));
    }
    assertThat(b.bo()).isCloseTo(a.bo(), within(1e-6f));
  }

  private static Scaler scalerFor(WindowSet windows) {
    double[] changes = new double[windows.size()];
    for (int i = 0; i < changes.length; i++) {
      changes[i] = windows.target()[i] - windows.last()[i];
    }
    return Scaler.fit(new double[][] {{0, 1}, {0, 1}, {0, 1}}, changes);
  }
}
