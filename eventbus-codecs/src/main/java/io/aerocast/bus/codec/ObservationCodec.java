package io.aerocast.bus.codec;

import io.aerocast.bus.message.Observation;

/** Codec for {@link Observation}: 3 strings, an instant and 3 doubles (NaN survives as missing). */
public final class ObservationCodec extends RecordCodec<Observation> {

  public ObservationCodec() {
    super(Observation.class);
  }

  @Override
  protected void write(WireWriter out, Observation o) {
    out.string(o.series()).instant(o.time()).f64(o.temperature()).f64(o.windSpeed()).f64(o.pressure())
        .string(o.source());
  }

  @Override
  protected Observation read(WireReader in) {
    return new Observation(in.string(), in.instant(), in.f64(), in.f64(), in.f64(), in.string());
  }
}
