package io.aerocast.config;

import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * Options of the prediction role and its HTTP routes (section {@code predict}).
 *
 * @param modelsDir     model registry root the node loads from at start
 * @param defaultSeries series served when a request names none
 * @param maxBodyBytes  largest accepted request body
 * @param maxBatch      most windows in one batch request
 * @param maxAbsTemperature largest accepted |temperature| in degC (window rows, /eval values)
 * @param maxAbsWindSpeed   largest accepted |windspeed| in m/s
 * @param maxAbsPressure    largest accepted |pressure| in hPa
 * @param maxModelAgeHours age after which /routine-retrain-check asks for a new model
 * @param bootstrapData    observation file a node with an empty registry trains its first model on
 * @param bootstrapEpochs  epoch budget of that first training
 */
public record PredictOptions(String modelsDir, String defaultSeries, int maxBodyBytes, int maxBatch,
    double maxAbsTemperature, double maxAbsWindSpeed, double maxAbsPressure, int maxModelAgeHours,
    String bootstrapData, int bootstrapEpochs) {

  public static final String SECTION = "predict";

  public static final ConfigKey MODELS_DIR = ConfigKey.string(SECTION, "modelsDir", "models",
      "Model registry root (as written by `train --out`); the newest version of each series is loaded at start.");
  public static final ConfigKey DEFAULT_SERIES = ConfigKey.string(SECTION, "defaultSeries", "",
      "Series served when a request has no \"series\". Empty: the first series found in the registry.");
  public static final ConfigKey MAX_BODY_BYTES = ConfigKey.integer(SECTION, "maxBodyBytes", 1 << 20, 1024,
      64 << 20, "Largest request body in bytes; larger bodies get 413.");
  public static final ConfigKey MAX_BATCH = ConfigKey.integer(SECTION, "maxBatch", 256, 1, 100_000,
      "Most windows in one {\"sequences\": [...]} request.");
  // Wide by default: they refuse 1e308 and the like, not weather. Tighten them to what your sensors can report.
  public static final ConfigKey MAX_ABS_TEMPERATURE = ConfigKey.decimal(SECTION, "maxAbsTemperature", 1e6, 1, 1e12,
      "Largest accepted |temperature| in degC: /predict rows (column 0) and /eval's predicted and actual.");
  public static final ConfigKey MAX_ABS_WIND_SPEED = ConfigKey.decimal(SECTION, "maxAbsWindSpeed", 1e6, 1, 1e12,
      "Largest accepted |windspeed| in m/s (/predict rows, column 1).");
  public static final ConfigKey MAX_ABS_PRESSURE = ConfigKey.decimal(SECTION, "maxAbsPressure", 1e6, 1, 1e12,
      "Largest accepted |pressure| in hPa (/predict rows, column 2).");

  public static final ConfigKey MAX_MODEL_AGE_HOURS = ConfigKey.integer(SECTION, "maxModelAgeHours", 168, 1,
      24 * 366, "Model age after which POST /routine-retrain-check asks the trainer for a new version.");

  public static final ConfigKey BOOTSTRAP_DATA = ConfigKey.string(SECTION, "bootstrapData",
      "classpath:bootstrap/WBAN-94846.csv",
      "Observation file (any --data format, or classpath:...) a node whose registry is empty trains its first "
          + "model on, so a fresh install can serve. Default: O'Hare 2017 hourly, bundled. Empty: wait for a model.");
  public static final ConfigKey BOOTSTRAP_EPOCHS = ConfigKey.integer(SECTION, "bootstrapEpochs", 30, 1, 1000,
      "Epoch budget of that first training.");

  /** This section's keys, in documentation order. */
  public static List<ConfigKey> keys() {
    return List.of(MODELS_DIR, DEFAULT_SERIES, MAX_BODY_BYTES, MAX_BATCH, MAX_ABS_TEMPERATURE, MAX_ABS_WIND_SPEED,
        MAX_ABS_PRESSURE, MAX_MODEL_AGE_HOURS,
        BOOTSTRAP_DATA, BOOTSTRAP_EPOCHS);
  }

  /** Largest accepted |value| per /predict row column, in row order: temperature, windspeed, pressure. */
  public double[] maxAbsPerColumn() {
    return new double[] {maxAbsTemperature, maxAbsWindSpeed, maxAbsPressure};
  }

  static PredictOptions from(JsonObject section) {
    return new PredictOptions(section.getString(MODELS_DIR.name()), section.getString(DEFAULT_SERIES.name()),
        section.getInteger(MAX_BODY_BYTES.name()), section.getInteger(MAX_BATCH.name()),
        section.getDouble(MAX_ABS_TEMPERATURE.name()), section.getDouble(MAX_ABS_WIND_SPEED.name()),
        section.getDouble(MAX_ABS_PRESSURE.name()), section.getInteger(MAX_MODEL_AGE_HOURS.name()),
        section.getString(BOOTSTRAP_DATA.name()), section.getInteger(BOOTSTRAP_EPOCHS.name()));
  }
}
