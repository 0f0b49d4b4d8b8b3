package io.aerocast.bus;

/**
 * Every event bus address AeroCast uses, in one place.
 *
 * <p>Addresses name a kind of message, never an instance: the series, station or node a message is
 * about travels in its body. Addresses marked "local" are registered with
 * {@code localConsumer} and never cross the cluster.
 */
public final class Addresses {

  /** Observations as received from a feed; body {@code Observation}; published. */
  public static final String OBSERVATIONS = "aerocast.observation";

  /** One-step-ahead forecasts made by a prediction node; body {@code Forecast}; published. */
  public static final String FORECASTS = "aerocast.forecast";

  /** A forecast next to the actual value once it is known; body {@code ForecastOutcome}; published. */
  public static final String FORECAST_OUTCOMES = "aerocast.forecast.outcome";

  /** A drift detector fired for a series; body {@code DriftEvent}; published. */
  public static final String DRIFT_EVENTS = "aerocast.drift";

  /** Ask the trainer for a new model; body {@code RetrainRequest}; sent (request/reply). */
  public static final String RETRAIN_REQUESTS = "aerocast.retrain.request";

  /** Epoch-by-epoch progress of a running training; body {@code TrainingProgress}; published. */
  public static final String TRAINING_PROGRESS = "aerocast.training.progress";

  /** The result of a training run and the champion/challenger decision; body {@code TrainingReport}; published. */
  public static final String TRAINING_REPORTS = "aerocast.training.report";

  /** A model version was promoted (or rolled back to); body {@code ModelAnnouncement}; published. */
  public static final String MODEL_ANNOUNCEMENTS = "aerocast.model.announce";

  /** Heartbeat of every node: who it is and which roles it runs; body {@code NodeStatus}; published. */
  public static final String NODE_STATUS = "aerocast.node.status";

  private Addresses() {
  }
}
