package io.aerocast.bus;

import io.aerocast.bus.message.DriftEvent;
import io.aerocast.bus.message.Forecast;
import io.aerocast.bus.message.ForecastOutcome;
import io.aerocast.bus.message.ModelAnnouncement;
import io.aerocast.bus.message.NodeStatus;
import io.aerocast.bus.message.Observation;
import io.aerocast.bus.message.RetrainReason;
import io.aerocast.bus.message.RetrainRequest;
import io.aerocast.bus.message.TrainingOutcome;
import io.aerocast.bus.message.TrainingProgress;
import io.aerocast.bus.message.TrainingReport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * One realistic instance of every message record, shared by the codec tests and the cluster tests
 * (published as this module's test jar). Strings include non-ASCII text to prove explicit UTF-8.
 */
public final class MessageSamples {

  private static final Instant T0 = Instant.parse("2017-10-01T05:51:00.123456789Z");

  private MessageSamples() {
  }

  /** One sample per record type, in {@link MessageCodecs#all()} order. */
  public static List<Object> all() {
    return List.of(
        new Observation("USW00094846", T0, 12.8, 4.6, 989.2, "replay:LCD_WBAN94846_ORD_2017.csv"),
        new Forecast("USW00094846", T0, T0.plusSeconds(3600), 12.1, 10.4, 13.9, 0.9, "ord-20171001-0001"),
        new ForecastOutcome("USW00094846", T0.plusSeconds(3600), 12.1, 11.7, "ord-20171001-0001", "stream"),
        new DriftEvent("USW00094846", T0, "page-hinkley", 41.5, 40.0, "ord-20171001-0001",
            "mean |error| rose from 0.9 to 2.7 °C"),
        new RetrainRequest("req-7f3a", "USW00094846", RetrainReason.DRIFT, T0, "drift@node-a", "Δ error ≥ threshold"),
        new TrainingProgress("req-7f3a", "USW00094846", 12, 30, 0.0412, 0.0533, 41_000, 61_500),
        new TrainingReport("req-7f3a", "USW00094846", "ord-20171001-0002", "ord-20171001-0001",
            TrainingOutcome.PROMOTED, 1.62, 1.91, 95_000, "challenger beat champion by 15%"),
        ModelAnnouncement.of("USW00094846", "ord-20171001-0002", "ord-20171001-0001", T0,
            "weights ✓ 0123456789".getBytes(StandardCharsets.UTF_8)),
        new NodeStatus("worker-1:8000", "6f1c2b7e-0d4a-4c55-9b1e-2f9d3c1a7e21", List.of("predict", "drift"), "127.0.0.1", 8000, T0, T0.plusSeconds(5)));
  }

  /** An observation whose wind and pressure were not reported (NaN marks missing). */
  public static Observation observationWithMissingValues() {
    return new Observation("725300-94846", T0, -3.3, Double.NaN, Double.NaN, "isd");
  }
}
