package io.aerocast.bus.codec;

import io.aerocast.bus.message.DriftEvent;

/** Codec for {@link DriftEvent}. */
public final class DriftEventCodec extends RecordCodec<DriftEvent> {

  public DriftEventCodec() {
    super(DriftEvent.class);
  }

  @Override
  protected void write(WireWriter out, DriftEvent e) {
    out.string(e.series()).instant(e.detectedAt()).string(e.detector())
        .f64(e.statistic()).f64(e.threshold())
        .string(e.modelVersion()).string(e.detail());
  }

  @Override
  protected DriftEvent read(WireReader in) {
    return new DriftEvent(in.string(), in.instant(), in.string(), in.f64(), in.f64(), in.string(), in.string());
  }
}
