package io.aerocast.bus.codec;

import io.aerocast.bus.message.TrainingProgress;

/** Codec for {@link TrainingProgress}. */
public final class TrainingProgressCodec extends RecordCodec<TrainingProgress> {

  public TrainingProgressCodec() {
    super(TrainingProgress.class);
  }

  @Override
  protected void write(WireWriter out, TrainingProgress p) {
    out.string(p.requestId()).string(p.series()).i32(p.epoch()).i32(p.totalEpochs())
        .f64(p.trainLoss()).f64(p.validationLoss()).i64(p.elapsedMillis()).i64(p.etaMillis());
  }

  @Override
  protected TrainingProgress read(WireReader in) {
    return new TrainingProgress(in.string(), in.string(), in.i32(), in.i32(), in.f64(), in.f64(), in.i64(),
        in.i64());
  }
}
