package io.aerocast.model.eval;

/**
 * RMSE and MAE of a set of forecasts.
 *
 * @param rmse  root mean squared error
 * @param mae   mean absolute error
 * @param count number of forecasts
 */
public record ErrorMetrics(double rmse, double mae, int count) {

  /** Metrics of {@code forecast} against {@code actual}. */
  public static ErrorMetrics of(double[] forecast, double[] actual) {
    if (forecast.length != actual.length || forecast.length == 0) {
      throw new IllegalArgumentException("need equally long, non-empty arrays");
    }
    double se = 0;
    double ae = 0;
    for (int i = 0; i < forecast.length; i++) {
      double d = actual[i] - forecast[i];
      se += d * d;
      ae += Math.abs(d);
    }
    return new ErrorMetrics(Math.sqrt(se / forecast.length), ae / forecast.length, forecast.length);
  }
}
