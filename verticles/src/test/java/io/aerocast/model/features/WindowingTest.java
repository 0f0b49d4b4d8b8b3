package io.aerocast.model.features;

import io.aerocast.bus.message.Observation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Verifies the hourly grid's gap handling and that windows hold exactly what the spec says. */
class WindowingTest {

  private static final Instant T0 = Instant.parse("2017-01-02T00:00:00Z"); // a Monday

  private static List<Observation> hours(int n, int... missing) {
    List<Observation> list = new ArrayList<>();
    java.util.Set<Integer> skip = new java.util.HashSet<>();
    for (int m : missing) {
      skip.add(m);
    }
    for (int i = 0; i < n; i++) {
      if (!skip.contains(i)) {
        list.add(new Observation("s", T0.plusSeconds(3600L * i), i, 5.0, i == 3 ? Double.NaN : 1000.0, "test"));
      }
    }
    return list;
  }

  @Test
  void timeFeaturesMatchTheCalendar() {
    float[] out = new float[4];
    for (long hours = -50_000; hours < 50_000; hours += 37) {
      for (int minute : new int[] {0, 51}) {
        Instant t = Instant.parse("2017-01-01T00:00:00Z").plusSeconds(hours * 3600 + minute * 60L);
        java.time.ZonedDateTime utc = t.atZone(java.time.ZoneOffset.UTC);
        double hourAngle = (utc.getHour() + utc.getMinute() / 60.0) / 24.0 * 2 * Math.PI;
        double dowAngle = (utc.getDayOfWeek().getValue() - 1 + utc.getHour() / 24.0) / 7.0 * 2 * Math.PI;
        FeatureSpec.timeFeatures(t, out, 0);
        assertThat(out[0]).as("%s", t).isCloseTo((float) Math.sin(hourAngle), within(1e-6f));
        assertThat(out[1]).as("%s", t).isCloseTo((float) Math.cos(hourAngle), within(1e-6f));
        assertThat(out[2]).as("%s", t).isCloseTo((float) Math.sin(dowAngle), within(1e-6f));
        assertThat(out[3]).as("%s", t).isCloseTo((float) Math.cos(dowAngle), within(1e-6f));
      }
    }
  }

  @Test
  void shortGapsAreInterpolatedLongGapsStayMissing() {
    HourlySeries series = HourlySeries.of(hours(40, 10, 11, 20, 21, 22, 23));

    assertThat(series.size()).isEqualTo(40);
    assertThat(series.temperature()[10]).isCloseTo(10.0, within(1e-9));
    assertThat(series.temperature()[11]).isCloseTo(11.0, within(1e-9));
    assertThat(series.temperature()[21]).as("4-hour gap").isNaN();
    assertThat(series.pressure()[3]).as("carried forward").isEqualTo(1000.0);
  }

  @Test
  void windowsSkipGapsAndCarryTheRightValues() {
    HourlySeries series = HourlySeries.of(hours(60, 30, 31, 32, 33));
    Scaler scaler = Windowing.fitScaler(series, T0.plusSeconds(3600L * 60));
    WindowSet windows = Windowing.windows(series, FeatureSpec.WEATHER_24H, scaler, T0, T0.plusSeconds(3600L * 60));

    // Targets 24..59, minus those whose target or inputs touch the 4 missing hours 30..33.
    for (int i = 0; i < windows.size(); i++) {
      long targetHour = (windows.targetTime()[i] - T0.getEpochSecond()) / 3600;
      assertThat(targetHour < 30 || targetHour > 33 + 24).isTrue();
      assertThat(windows.target()[i]).isEqualTo(targetHour);
      assertThat(windows.last()[i]).isEqualTo(targetHour - 1);
      assertThat(windows.dayBefore()[i]).isEqualTo(targetHour - 24);
      float[][] x = windows.inputs()[i];
      assertThat(x).hasNumberOfRows(24);
      assertThat(x[23][0]).isCloseTo(scaler.scale(0, targetHour - 1), within(1e-6f));
    }
    assertThat(windows.size()).isEqualTo(6 + 2);
    // Time features of the first step of the first window: Monday 00:00 UTC.
    float[][] first = windows.inputs()[0];
    assertThat(first[0][3]).isCloseTo(0f, within(1e-6f));   // sin(hour 0)
    assertThat(first[0][4]).isCloseTo(1f, within(1e-6f));   // cos(hour 0)
    assertThat(first[0][5]).isCloseTo(0f, within(1e-6f));   // sin(Monday)
  }
}
