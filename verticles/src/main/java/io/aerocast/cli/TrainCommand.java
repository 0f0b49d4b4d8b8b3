package io.aerocast.cli;

import io.aerocast.bus.message.RetrainReason;
import io.aerocast.data.ObservationSet;
import io.aerocast.registry.ModelRegistry;
import io.aerocast.train.SeriesTraining;
import io.vertx.core.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code train}: trains a GRU on a whole series and stores it as a new version in the model registry. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a GRU on an observation file and write a model version (serving weights, scaler, feature "
        + "spec, SameDiff checkpoint, metadata) to the registry. Prints the version as JSON; progress on stderr.")
final class TrainCommand implements Callable<Integer> {

  @Mixin
  DataOptions data;

  @Mixin
  TrainingFlags training;

  @Option(names = "--out", defaultValue = "models", description = "Registry root (default ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    ObservationSet set = data.read();
    String series = data.seriesOf(set);
    ModelRegistry registry = new ModelRegistry(out);
    RetrainReason reason = registry.latest(series).isEmpty() ? RetrainReason.INITIAL : RetrainReason.MANUAL;
    ProgressBar progress = new ProgressBar(System.err);
    SeriesTraining.Outcome outcome = SeriesTraining.trainAndStore(series, set.series(series), training.options(),
        registry, reason, progress);
    progress.finish();

    System.out.println(new JsonObject()
        .put("series", series)
        .put("version", outcome.stored().version())
        .put("parent", outcome.stored().metadata().getString("parent"))
        .put("path", out.resolve(series).resolve(outcome.stored().version()).toString())
        .put("windows", outcome.windows())
        .put("validation", new JsonObject().put("rmse", outcome.validation().rmse())
            .put("mae", outcome.validation().mae()).put("windows", outcome.validation().count()))
        .put("interval", new JsonObject().put("level", SeriesTraining.LEVEL)
            .put("halfWidth", outcome.stored().model().halfWidth()))
        .put("train_seconds", outcome.trained().trainMillis() / 1000.0)
        .encodePrettily());
    return 0;
  }
}
