package io.aerocast.bus.codec;

import io.aerocast.bus.message.TrainingOutcome;
import io.aerocast.bus.message.TrainingReport;

/** Codec for {@link TrainingReport}; the outcome travels by name. */
public final class TrainingReportCodec extends RecordCodec<TrainingReport> {

  public TrainingReportCodec() {
    super(TrainingReport.class);
  }

  @Override
  protected void write(WireWriter out, TrainingReport r) {
    out.string(r.requestId()).string(r.series()).string(r.candidateVersion()).string(r.parentVersion())
        .string(r.outcome().name()).f64(r.candidateRmse()).f64(r.championRmse()).i64(r.trainMillis())
        .string(r.detail());
  }

  @Override
  protected TrainingReport read(WireReader in) {
    return new TrainingReport(in.string(), in.string(), in.string(), in.string(),
        TrainingOutcome.valueOf(in.string()), in.f64(), in.f64(), in.i64(), in.string());
  }
}
