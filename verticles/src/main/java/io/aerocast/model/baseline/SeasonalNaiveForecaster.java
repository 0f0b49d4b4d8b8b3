package io.aerocast.model.baseline;

import io.aerocast.model.PointForecaster;
import io.aerocast.model.features.WindowSet;

/** Seasonal persistence: the next hour equals the same hour yesterday (24 h period). */
public final class SeasonalNaiveForecaster implements PointForecaster {

  @Override
  public String name() {
    return "SeasonalNaive24";
  }

  @Override
  public double forecast(WindowSet windows, int i) {
    return windows.dayBefore()[i];
  }
}
