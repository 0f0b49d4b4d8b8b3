package io.aerocast.model.eval;

import io.aerocast.bus.message.Observation;
import io.aerocast.model.ForecasterTraining;
import io.aerocast.model.GruForecaster;
import io.aerocast.model.PointForecaster;
import io.aerocast.model.baseline.LinearArForecaster;
import io.aerocast.model.baseline.NaiveForecaster;
import io.aerocast.model.baseline.SeasonalNaiveForecaster;
import io.aerocast.model.features.FeatureSpec;
import io.aerocast.model.features.HourlySeries;
import io.aerocast.model.features.Scaler;
import io.aerocast.model.features.WindowSet;
import io.aerocast.model.features.Windowing;
import io.aerocast.model.gru.EpochProgress;
import io.aerocast.model.gru.TrainedGru;
import io.aerocast.model.gru.TrainingOptions;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The accuracy benchmark: a chronological split of one series (train on the first months, test on the
 * following ones), the GRU against Naive, SeasonalNaive24 and LinearAR on the same test windows, and the
 * empirical coverage of its split-conformal and adaptive-conformal intervals.
 */
public final class AccuracyExperiment {

  /**
   * The split: months counted from the start of the month of {@code from} (UTC).
   *
   * @param from        first day to use, or null for the series' first observation
   * @param trainMonths months of training data
   * @param testMonths  months of test data after them
   */
  public record Split(Instant from, int trainMonths, int testMonths) {
    public Split {
      if (trainMonths < 1 || testMonths < 1) {
        throw new IllegalArgumentException("trainMonths and testMonths must be at least 1");
      }
    }
  }

  /**
   * Everything measured.
   *
   * @param trainFrom       start of the training period
   * @param trainTo         end of training = start of test
   * @param testTo          end of the test period
   * @param trainWindows    training windows (validation tail included)
   * @param testWindows     test windows evaluated
   * @param metrics         per model name
   * @param gru             the trained GRU
   * @param trained         training details
   * @param test            the test windows
   * @param gruForecasts    GRU forecasts on the test windows
   * @param splitCoverage   empirical coverage of the split-conformal interval
   * @param adaptiveCoverage empirical coverage of adaptive conformal inference
   * @param adaptiveMeanWidth mean width of the adaptive intervals
   */
  public record Report(Instant trainFrom, Instant trainTo, Instant testTo, int trainWindows, int testWindows,
      Map<String, ErrorMetrics> metrics, GruForecaster gru, TrainedGru trained, WindowSet test,
      double[] gruForecasts, double splitCoverage, double adaptiveCoverage, double adaptiveMeanWidth) {
  }

  /** Nominal coverage of the reported intervals. */
  public static final double LEVEL = 0.9;
  /** ACI step size (Gibbs and Candes use 0.005 in their experiments). */
  public static final double ACI_GAMMA = 0.005;

  private AccuracyExperiment() {
  }

  public static Report run(List<Observation> observations, Split split, TrainingOptions options,
      Consumer<EpochProgress> onEpoch) {
    HourlySeries series = HourlySeries.of(observations);
    Instant first = split.from() != null ? split.from() : observations.get(0).time();
    ZonedDateTime monthStart = first.atZone(ZoneOffset.UTC).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
    Instant trainFrom = monthStart.toInstant();
    Instant trainTo = monthStart.plusMonths(split.trainMonths()).toInstant();
    Instant testTo = monthStart.plusMonths(split.trainMonths() + split.testMonths()).toInstant();
    if (!series.time(series.size() - 1).isAfter(trainTo)) {
      throw new IllegalArgumentException("the series ends " + series.time(series.size() - 1)
          + ", before the test period starts (" + trainTo + ")");
    }

    Scaler scaler = Windowing.fitScaler(series, trainTo);
    WindowSet train = Windowing.windows(series, FeatureSpec.WEATHER_24H, scaler, trainFrom, trainTo);
    WindowSet allTest = Windowing.windows(series, FeatureSpec.WEATHER_24H, scaler, trainTo, testTo);
    WindowSet test = withSeasonalLag(allTest);
    if (test.size() == 0) {
      throw new IllegalArgumentException("no complete test windows between " + trainTo + " and " + testTo);
    }

    ForecasterTraining.Result result = ForecasterTraining.train(train, scaler, options, LEVEL, onEpoch);
    TrainedGru trained = result.trained();
    GruForecaster gru = result.model();
    SplitConformal interval = new SplitConformal(LEVEL, gru.halfWidth());
    LinearArForecaster linear = LinearArForecaster.fit(train, scaler, options.validationFraction());

    Map<String, ErrorMetrics> metrics = new LinkedHashMap<>();
    double[] gruForecasts = forecasts(gru, test);
    metrics.put("GRU", ErrorMetrics.of(gruForecasts, test.target()));
    for (PointForecaster baseline : List.of(new NaiveForecaster(), new SeasonalNaiveForecaster(), linear)) {
      metrics.put(baseline.name(), ErrorMetrics.of(forecasts(baseline, test), test.target()));
    }

    int covered = 0;
    int adaptiveCovered = 0;
    double adaptiveWidth = 0;
    AdaptiveConformal aci = new AdaptiveConformal(trained.validationResiduals(), LEVEL, ACI_GAMMA,
        trained.validationResiduals().length);
    for (int i = 0; i < test.size(); i++) {
      double error = Math.abs(test.target()[i] - gruForecasts[i]);
      covered += error <= interval.halfWidth() ? 1 : 0;
      adaptiveWidth += 2 * aci.halfWidth();
      adaptiveCovered += aci.update(gruForecasts[i], test.target()[i]) ? 1 : 0;
    }
    return new Report(trainFrom, trainTo, testTo, train.size(), test.size(), metrics, gru, trained, test,
        gruForecasts, (double) covered / test.size(), (double) adaptiveCovered / test.size(),
        adaptiveWidth / test.size());
  }

  private static double[] forecasts(PointForecaster model, WindowSet windows) {
    double[] out = new double[windows.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = model.forecast(windows, i);
    }
    return out;
  }

  /** Keeps the windows where yesterday's value is known, so every model is scored on the same windows. */
  private static WindowSet withSeasonalLag(WindowSet windows) {
    int kept = 0;
    int[] index = new int[windows.size()];
    for (int i = 0; i < windows.size(); i++) {
      if (!Double.isNaN(windows.dayBefore()[i])) {
        index[kept++] = i;
      }
    }
    float[][][] inputs = new float[kept][][];
    double[] last = new double[kept];
    double[] dayBefore = new double[kept];
    double[] target = new double[kept];
    long[] time = new long[kept];
    for (int k = 0; k < kept; k++) {
      int i = index[k];
      inputs[k] = windows.inputs()[i];
      last[k] = windows.last()[i];
      dayBefore[k] = windows.dayBefore()[i];
      target[k] = windows.target()[i];
      time[k] = windows.targetTime()[i];
    }
    return new WindowSet(inputs, last, dayBefore, target, time);
  }
}
