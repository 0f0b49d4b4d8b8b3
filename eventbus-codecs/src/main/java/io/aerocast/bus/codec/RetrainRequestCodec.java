package io.aerocast.bus.codec;

import io.aerocast.bus.message.RetrainReason;
import io.aerocast.bus.message.RetrainRequest;

/** Codec for {@link RetrainRequest}; the reason travels by name, not ordinal, so reordering the enum is safe. */
public final class RetrainRequestCodec extends RecordCodec<RetrainRequest> {

  public RetrainRequestCodec() {
    super(RetrainRequest.class);
  }

  @Override
  protected void write(WireWriter out, RetrainRequest r) {
    out.string(r.requestId()).string(r.series()).string(r.reason().name()).instant(r.requestedAt())
        .string(r.requestedBy()).string(r.detail());
  }

  @Override
  protected RetrainRequest read(WireReader in) {
    return new RetrainRequest(in.string(), in.string(), RetrainReason.valueOf(in.string()), in.instant(),
        in.string(), in.string());
  }
}
