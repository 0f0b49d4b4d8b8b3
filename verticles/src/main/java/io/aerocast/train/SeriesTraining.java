package io.aerocast.train;

import io.aerocast.bus.message.Observation;
import io.aerocast.bus.message.RetrainReason;
import io.aerocast.model.ForecasterTraining;
import io.aerocast.model.eval.ErrorMetrics;
import io.aerocast.model.features.FeatureSpec;
import io.aerocast.model.features.HourlySeries;
import io.aerocast.model.features.Scaler;
import io.aerocast.model.features.WindowSet;
import io.aerocast.model.features.Windowing;
import io.aerocast.model.gru.EpochProgress;
import io.aerocast.model.gru.TrainedGru;
import io.aerocast.model.gru.TrainingOptions;
import io.aerocast.registry.ModelRegistry;
import io.aerocast.registry.NewVersion;
import io.aerocast.registry.StoredVersion;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains the served model on all of a series' observations (the last 10% of windows validate and
 * calibrate the interval) and stores it as a new registry version with its metadata and checkpoint.
 * Blocking and CPU-heavy: CLI threads and worker executors only.
 */
public final class SeriesTraining {

  /** Nominal coverage of the stored interval. */
  public static final double LEVEL = 0.9;

  /**
   * @param stored     the stored, re-verified version
   * @param windows    training windows used (validation tail included)
   * @param validation validation error of the stored model
   * @param trained    training details
   */
  public record Outcome(StoredVersion stored, int windows, ErrorMetrics validation, TrainedGru trained) {
  }

  private SeriesTraining() {
  }

  public static Outcome trainAndStore(String series, List<Observation> observations, TrainingOptions options,
      ModelRegistry registry, RetrainReason reason, Consumer<EpochProgress> onEpoch) throws IOException {
    HourlySeries grid = HourlySeries.of(observations);
    Instant from = grid.start();
    Instant to = grid.time(grid.size() - 1).plusSeconds(3600);
    Scaler scaler = Windowing.fitScaler(grid, to);
    WindowSet windows = Windowing.windows(grid, FeatureSpec.WEATHER_24H, scaler, from, to);
    ForecasterTraining.Result result = ForecasterTraining.train(windows, scaler, options, LEVEL, onEpoch);
    TrainedGru trained = result.trained();
    double[] residuals = trained.validationResiduals();
    ErrorMetrics validation = ErrorMetrics.of(new double[residuals.length], residuals);

    String parent = registry.latest(series).orElse("");
    JsonObject hyper = new JsonObject().put("hidden", options.hidden()).put("epochs", options.epochs())
        .put("epochsRun", trained.history().size()).put("bestEpoch", trained.bestEpoch())
        .put("batchSize", options.batchSize()).put("learningRate", options.learningRate())
        .put("patience", options.patience()).put("validationFraction", options.validationFraction())
        .put("seed", options.seed());
    JsonObject metrics = new JsonObject().put("rmse", validation.rmse()).put("mae", validation.mae())
        .put("validationWindows", validation.count());
    StoredVersion stored = registry.save(series, result.model(), f -> trained.graph().asFlatFile(f.toFile(), true),
        new NewVersion(parent, reason, from, to, hyper, metrics, trained.trainMillis() / 1000.0));
    return new Outcome(stored, windows.size(), validation, trained);
  }
}
