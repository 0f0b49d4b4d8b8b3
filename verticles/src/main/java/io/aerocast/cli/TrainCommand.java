package io.aerocast.cli;

import io.aerocast.bus.message.Observation;
import io.aerocast.bus.message.RetrainReason;
import io.aerocast.data.ObservationSet;
import io.aerocast.model.ForecasterTraining;
import io.aerocast.model.GruForecaster;
import io.aerocast.model.eval.ErrorMetrics;
import io.aerocast.model.features.FeatureSpec;
import io.aerocast.model.features.HourlySeries;
import io.aerocast.model.features.Scaler;
import io.aerocast.model.features.WindowSet;
import io.aerocast.model.features.Windowing;
import io.aerocast.model.gru.TrainedGru;
import io.aerocast.model.gru.TrainingOptions;
import io.aerocast.registry.ModelRegistry;
import io.aerocast.registry.NewVersion;
import io.aerocast.registry.StoredVersion;
import io.vertx.core.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code train}: trains a GRU on a whole series and stores it as a new version in the model registry. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a GRU on an observation file and write a model version (serving weights, scaler, feature "
        + "spec, SameDiff checkpoint, metadata) to the registry. Prints the version as JSON; progress on stderr.")
final class TrainCommand implements Callable<Integer> {

  @Mixin
  DataOptions data;

  @Option(names = "--out", defaultValue = "models", description = "Registry root (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--epochs", defaultValue = "30", description = "Epoch budget (default ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--hidden", description = "GRU hidden units (default: the trainer's default).")
  Integer hidden;

  @Override
  public Integer call() throws Exception {
    ObservationSet set = data.read();
    String series = data.seriesOf(set);
    List<Observation> observations = set.series(series);
    HourlySeries grid = HourlySeries.of(observations);
    Instant from = grid.start();
    Instant to = grid.time(grid.size() - 1).plusSeconds(3600);
    Scaler scaler = Windowing.fitScaler(grid, to);
    WindowSet windows = Windowing.windows(grid, FeatureSpec.WEATHER_24H, scaler, from, to);
    TrainingOptions options = TrainingOptions.defaults().withEpochs(epochs);
    options = new TrainingOptions(hidden != null ? hidden : options.hidden(), options.epochs(), options.batchSize(),
        options.learningRate(), options.patience(), options.validationFraction(), seed);

    ProgressBar progress = new ProgressBar(System.err);
    ForecasterTraining.Result result = ForecasterTraining.train(windows, scaler, options, 0.9, progress);
    progress.finish();
    TrainedGru trained = result.trained();
    GruForecaster model = result.model();
    double[] residuals = trained.validationResiduals();
    double[] zeros = new double[residuals.length];
    ErrorMetrics validation = ErrorMetrics.of(zeros, residuals);

    ModelRegistry registry = new ModelRegistry(out);
    String parent = registry.latest(series).orElse("");
    JsonObject hyper = new JsonObject().put("hidden", options.hidden()).put("epochs", options.epochs())
        .put("epochsRun", trained.history().size()).put("bestEpoch", trained.bestEpoch())
        .put("batchSize", options.batchSize()).put("learningRate", options.learningRate())
        .put("patience", options.patience()).put("validationFraction", options.validationFraction())
        .put("seed", options.seed());
    JsonObject metrics = new JsonObject().put("rmse", validation.rmse()).put("mae", validation.mae())
        .put("validationWindows", validation.count());
    StoredVersion stored = registry.save(series, model, file -> trained.graph().asFlatFile(file.toFile(), true),
        new NewVersion(parent, parent.isEmpty() ? RetrainReason.INITIAL : RetrainReason.MANUAL, from, to, hyper,
            metrics, trained.trainMillis() / 1000.0));

    System.out.println(new JsonObject()
        .put("series", series)
        .put("version", stored.version())
        .put("parent", parent)
        .put("path", out.resolve(series).resolve(stored.version()).toString())
        .put("windows", windows.size())
        .put("validation", metrics)
        .put("interval", new JsonObject().put("level", 0.9).put("halfWidth", model.halfWidth()))
        .put("train_seconds", trained.trainMillis() / 1000.0)
        .encodePrettily());
    return 0;
  }
}
