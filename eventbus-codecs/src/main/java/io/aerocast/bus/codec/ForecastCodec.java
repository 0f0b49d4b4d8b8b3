package io.aerocast.bus.codec;

import io.aerocast.bus.message.Forecast;

/** Codec for {@link Forecast}. */
public final class ForecastCodec extends RecordCodec<Forecast> {

  public ForecastCodec() {
    super(Forecast.class);
  }

  @Override
  protected void write(WireWriter out, Forecast f) {
    out.string(f.series()).instant(f.issuedAt()).instant(f.targetTime())
        .f64(f.value()).f64(f.lower()).f64(f.upper()).f64(f.level())
        .string(f.modelVersion());
  }

  @Override
  protected Forecast read(WireReader in) {
    return new Forecast(in.string(), in.instant(), in.instant(), in.f64(), in.f64(), in.f64(), in.f64(), in.string());
  }
}
