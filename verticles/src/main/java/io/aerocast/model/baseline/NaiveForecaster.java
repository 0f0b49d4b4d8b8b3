package io.aerocast.model.baseline;

import io.aerocast.model.PointForecaster;
import io.aerocast.model.features.WindowSet;

/** Persistence: the next hour equals the last one. Hard to beat one hour ahead. */
public final class NaiveForecaster implements PointForecaster {

  @Override
  public String name() {
    return "Naive";
  }

  @Override
  public double forecast(WindowSet windows, int i) {
    return windows.last()[i];
  }
}
