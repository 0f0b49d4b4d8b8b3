package io.aerocast.predict;

import io.aerocast.bus.message.Observation;
import io.aerocast.data.ObservationFiles;
import io.aerocast.data.ReadOptions;
import io.aerocast.model.GruForecaster;
import io.aerocast.model.features.HourlySeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Verifies the live forecast loop on real observations (O'Hare, January 2017): the stream's windows are the
 * training pipeline's windows, each forecast meets its actual as an outcome, and late reports, gaps,
 * missing models and runaway series are handled as documented.
 */
class StreamForecasterTest {

  private static final Instant NOW = Instant.parse("2026-12-03T00:00:00Z");

  private ModelCatalog catalog;
  private GruForecaster model;
  private List<Observation> hourly;
  private String series;

  @BeforeEach
  void setUp() throws Exception {
    var set = ObservationFiles.read(Path.of("src/test/resources/data/lcd-legacy-ord-2017-jan.csv"),
        ReadOptions.defaults());
    series = set.firstSeries();
    hourly = set.series(series);
    model = PredictionApiTest.model(3);
    catalog = new ModelCatalog();
    catalog.install(new ServedModel(series, "v-test", model, NOW));
  }

  private StreamForecaster forecaster() {
    return new StreamForecaster(catalog, "", Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void streamForecastsEqualTheTrainingPipelinesWindowsAndMeetTheirActuals() {
    StreamForecaster stream = forecaster();
    List<StreamForecaster.Step> steps = new ArrayList<>();
    hourly.forEach(o -> steps.add(stream.accept(o)));

    // The offline path: the same observations on the training grid.
    HourlySeries grid = HourlySeries.of(hourly);
    double[][] columns = grid.columns();
    int issued = 0;
    int outcomes = 0;
    for (StreamForecaster.Step step : steps) {
      if (step.forecast().isPresent()) {
        var forecast = step.forecast().get();
        Instant end = forecast.targetTime().minusSeconds(3600);
        int last = grid.indexOf(end);
        double[][] rows = new double[24][3];
        for (int r = 0; r < 24; r++) {
          for (int c = 0; c < 3; c++) {
            rows[r][c] = columns[c][last - 23 + r];
          }
        }
        assertThat(forecast.value()).as("forecast for %s", forecast.targetTime())
            .isCloseTo(model.forecast(rows, end), within(1e-9));
        assertThat(forecast.upper() - forecast.lower()).isCloseTo(2 * model.halfWidth(), within(1e-9));
        assertThat(forecast.modelVersion()).isEqualTo("v-test");
        assertThat(forecast.issuedAt()).isEqualTo(NOW);
        issued++;
      }
      if (step.outcome().isPresent()) {
        var outcome = step.outcome().get();
        assertThat(outcome.origin()).isEqualTo("stream");
        assertThat(outcome.actual()).isEqualTo(grid.temperature()[grid.indexOf(outcome.targetTime())]);
        outcomes++;
      }
    }
    // Every hour from the 24th on closes with a full window (this sample has no long gap); the last
    // hour stays open, and every forecast but the last one's target has closed.
    assertThat(issued).isEqualTo(hourly.size() - 24);
    assertThat(outcomes).isEqualTo(issued - 1);
  }

  @Test
  void aLateReportFillsItsHourButClosesNothing() {
    StreamForecaster stream = forecaster();
    for (int i = 0; i < 30; i++) {
      stream.accept(hourly.get(i));
    }
    Observation late = hourly.get(10);
    StreamForecaster.Step step = stream.accept(new Observation(series, late.time().plusSeconds(600),
        late.temperature() + 1, late.windSpeed(), late.pressure(), "test"));
    assertThat(step.intake()).isEqualTo(StreamForecaster.Intake.LATE);
    assertThat(step.forecast()).isEmpty();
    assertThat(step.outcome()).isEmpty();
  }

  @Test
  void withinAnHourTheLastReportWithATemperatureWins() {
    StreamForecaster stream = forecaster();
    Instant hour = Instant.parse("2017-01-01T06:00:00Z");
    stream.accept(new Observation(series, hour.plusSeconds(300), 1.0, 2.0, 1000.0, "test"));
    stream.accept(new Observation(series, hour.plusSeconds(3000), 3.0, 2.0, 1000.0, "test"));
    stream.accept(new Observation(series, hour.plusSeconds(3300), Double.NaN, 2.0, 1001.0, "test"));
    stream.accept(new Observation(series, hour.plusSeconds(1200), 2.0, 2.0, 1000.0, "test"));
    assertThat(stream.newest(series).orElseThrow().time()).isEqualTo(hour.plusSeconds(3300));

    SeriesStream direct = new SeriesStream(72);
    direct.offer(new Observation(series, hour.plusSeconds(300), 1.0, 2.0, 1000.0, "test"));
    direct.offer(new Observation(series, hour.plusSeconds(3000), 3.0, 2.0, 1000.0, "test"));
    direct.offer(new Observation(series, hour.plusSeconds(3300), Double.NaN, 2.0, 1001.0, "test"));
    direct.offer(new Observation(series, hour.plusSeconds(1200), 2.0, 2.0, 1000.0, "test"));
    assertThat(direct.temperatureAt(hour)).isEqualTo(3.0);
  }

  @Test
  void aGapLongerThanThreeHoursStopsForecastsUntilTheWindowIsWholeAgain() {
    StreamForecaster stream = forecaster();
    List<StreamForecaster.ForecastResult> results = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      if (i >= 30 && i < 35) {
        continue; // five hours without a report
      }
      results.add(stream.accept(hourly.get(i)).result());
    }
    assertThat(results).contains(StreamForecaster.ForecastResult.GAPS);
    assertThat(results.get(results.size() - 1)).isEqualTo(StreamForecaster.ForecastResult.ISSUED);
  }

  @Test
  void aSeriesWithoutItsOwnModelUsesTheDefaultOneAndWithNoModelAtAllNothingIsForecast() {
    StreamForecaster stream = forecaster();
    StreamForecaster.Step last = null;
    for (int i = 0; i < 30; i++) {
      Observation o = hourly.get(i);
      last = stream.accept(new Observation("ELSEWHERE", o.time(), o.temperature(), o.windSpeed(), o.pressure(),
          "test"));
    }
    assertThat(last.forecast()).isPresent();
    assertThat(last.forecast().get().series()).isEqualTo("ELSEWHERE");
    assertThat(last.forecast().get().modelVersion()).isEqualTo("v-test");

    StreamForecaster empty = new StreamForecaster(new ModelCatalog(), "", Clock.systemUTC());
    for (int i = 0; i < 30; i++) {
      last = empty.accept(hourly.get(i));
    }
    assertThat(last.result()).isEqualTo(StreamForecaster.ForecastResult.NO_MODEL);
    assertThat(empty.newest(series)).isPresent();
  }

  @Test
  void seriesBeyondTheLimitAreRefused() {
    StreamForecaster stream = forecaster();
    Observation o = hourly.get(0);
    for (int i = 0; i < StreamForecaster.MAX_SERIES; i++) {
      assertThat(stream.accept(new Observation("S" + i, o.time(), 1.0, 1.0, 1000.0, "test")).intake())
          .isEqualTo(StreamForecaster.Intake.ACCEPTED);
    }
    assertThat(stream.accept(new Observation("one-too-many", o.time(), 1.0, 1.0, 1000.0, "test")).intake())
        .isEqualTo(StreamForecaster.Intake.TOO_MANY_SERIES);
    assertThat(stream.accept(new Observation("S1", o.time().plusSeconds(3600), 1.0, 1.0, 1000.0, "test")).intake())
        .isEqualTo(StreamForecaster.Intake.ACCEPTED);
    assertThat(stream.seriesCount()).isEqualTo(StreamForecaster.MAX_SERIES);
  }
}
