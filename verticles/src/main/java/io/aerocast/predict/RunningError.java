package io.aerocast.predict;

import io.vertx.core.Vertx;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.core.shareddata.Shareable;

/**
 * The running RMSE of the forecast errors reported through /eval on this node (the seed's response).
 * Only validated values reach it, so one bad request can never poison it.
 */
public final class RunningError implements Shareable {

  private double sumSquares;
  private long count;

  /** The tracker of a Vert.x instance, created on first use. */
  public static RunningError of(Vertx vertx) {
    LocalMap<String, RunningError> map = vertx.sharedData().getLocalMap("aerocast.predict.eval");
    RunningError fresh = new RunningError();
    RunningError existing = map.putIfAbsent("running", fresh);
    return existing != null ? existing : fresh;
  }

  /** Adds one error; returns {rmse, count}. */
  public synchronized double[] add(double error) {
    sumSquares += error * error;
    count++;
    return new double[] {Math.sqrt(sumSquares / count), count};
  }

  @Override
  public Shareable copy() {
    return this;
  }
}
