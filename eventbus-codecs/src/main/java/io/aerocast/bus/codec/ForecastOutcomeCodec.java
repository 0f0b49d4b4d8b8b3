package io.aerocast.bus.codec;

import io.aerocast.bus.message.ForecastOutcome;

/** Codec for {@link ForecastOutcome}. */
public final class ForecastOutcomeCodec extends RecordCodec<ForecastOutcome> {

  public ForecastOutcomeCodec() {
    super(ForecastOutcome.class);
  }

  @Override
  protected void write(WireWriter out, ForecastOutcome o) {
    out.string(o.series()).instant(o.targetTime()).f64(o.predicted()).f64(o.actual())
        .string(o.modelVersion()).string(o.origin());
  }

  @Override
  protected ForecastOutcome read(WireReader in) {
    return new ForecastOutcome(in.string(), in.instant(), in.f64(), in.f64(), in.string(), in.string());
  }
}
