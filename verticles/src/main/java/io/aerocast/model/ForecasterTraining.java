package io.aerocast.model;

import io.aerocast.model.baseline.LinearArForecaster;
import io.aerocast.model.eval.SplitConformal;
import io.aerocast.model.features.FeatureSpec;
import io.aerocast.model.features.Scaler;
import io.aerocast.model.features.WindowSet;
import io.aerocast.model.gru.EpochProgress;
import io.aerocast.model.gru.GruTrainer;
import io.aerocast.model.gru.TrainedGru;
import io.aerocast.model.gru.TrainingOptions;

import java.util.function.Consumer;

/**
 * Trains the served model: a ridge linear AR base fitted on the head of the training windows, a GRU
 * trained on its residual with early stopping on the tail, and a split-conformal interval calibrated on
 * the tail's residuals. Used by the CLI and, later, the training verticle.
 */
public final class ForecasterTraining {

  /**
   * @param model   the forecaster to serve
   * @param trained GRU training details (history, checkpoint graph, residuals)
   */
  public record Result(GruForecaster model, TrainedGru trained) {
  }

  private ForecasterTraining() {
  }

  public static Result train(WindowSet windows, Scaler scaler, TrainingOptions options, double level,
      Consumer<EpochProgress> onEpoch) {
    LinearArForecaster base = LinearArForecaster.fitOnHead(windows, scaler, options.validationFraction());
    float[] coefficients = base.coefficients();
    float[] baseOutputs = new float[windows.size()];
    for (int i = 0; i < baseOutputs.length; i++) {
      baseOutputs[i] = LinearArForecaster.scaledOutput(coefficients, windows.inputs()[i]);
    }
    TrainedGru trained = new GruTrainer(options).train(windows, scaler, baseOutputs, onEpoch);
    SplitConformal interval = SplitConformal.calibrate(trained.validationResiduals(), level);
    GruForecaster model = new GruForecaster(FeatureSpec.WEATHER_24H, scaler, trained.weights(), coefficients, level,
        interval.halfWidth());
    return new Result(model, trained);
  }
}
