package io.aerocast.model;

import io.aerocast.model.features.WindowSet;

/** Forecasts the next-hour temperature (degC) of window {@code i} of a window set. */
public interface PointForecaster {

  /** Name used in reports, e.g. {@code GRU}, {@code Naive}. */
  String name();

  /** The forecast for window {@code i}. */
  double forecast(WindowSet windows, int i);
}
