package io.aerocast.bus.codec;

import io.aerocast.bus.message.ModelAnnouncement;

/**
 * Codec for {@link ModelAnnouncement}. The artifact bytes travel in the message; the record
 * re-checks their SHA-256 on decode, so a corrupted transfer is refused rather than served.
 */
public final class ModelAnnouncementCodec extends RecordCodec<ModelAnnouncement> {

  public ModelAnnouncementCodec() {
    super(ModelAnnouncement.class);
  }

  @Override
  protected void write(WireWriter out, ModelAnnouncement a) {
    out.string(a.series()).string(a.version()).string(a.parentVersion()).instant(a.createdAt())
        .bytes(a.artifact()).string(a.sha256());
  }

  @Override
  protected ModelAnnouncement read(WireReader in) {
    return new ModelAnnouncement(in.string(), in.string(), in.string(), in.instant(), in.bytes(), in.string());
  }
}
