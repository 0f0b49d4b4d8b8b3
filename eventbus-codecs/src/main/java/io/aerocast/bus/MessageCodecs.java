package io.aerocast.bus;

import io.aerocast.bus.codec.DriftEventCodec;
import io.aerocast.bus.codec.ForecastCodec;
import io.aerocast.bus.codec.ForecastOutcomeCodec;
import io.aerocast.bus.codec.ModelAnnouncementCodec;
import io.aerocast.bus.codec.NodeStatusCodec;
import io.aerocast.bus.codec.ObservationCodec;
import io.aerocast.bus.codec.RecordCodec;
import io.aerocast.bus.codec.RetrainRequestCodec;
import io.aerocast.bus.codec.TrainingProgressCodec;
import io.aerocast.bus.codec.TrainingReportCodec;
import io.vertx.core.eventbus.EventBus;

import java.util.List;

/**
 * The codec of every AeroCast message record, and their registration as default codecs.
 *
 * <p>Call {@link #registerAll(EventBus)} exactly once per Vert.x instance, right after it starts (the
 * launcher hooks do), so every node of a cluster can encode and decode every message. Verticles never
 * register codecs themselves: a second registration of the same type fails.
 */
public final class MessageCodecs {

  private static final List<RecordCodec<?>> ALL = List.of(
      new ObservationCodec(),
      new ForecastCodec(),
      new ForecastOutcomeCodec(),
      new DriftEventCodec(),
      new RetrainRequestCodec(),
      new TrainingProgressCodec(),
      new TrainingReportCodec(),
      new ModelAnnouncementCodec(),
      new NodeStatusCodec());

  private MessageCodecs() {
  }

  /** Every codec, one per message record. Codecs are stateless, so the instances are shared. */
  public static List<RecordCodec<?>> all() {
    return ALL;
  }

  /**
   * Registers every codec as the default codec of its record class on this event bus.
   *
   * @throws IllegalStateException if a codec for one of the classes is already registered
   */
  public static void registerAll(EventBus eventBus) {
    for (RecordCodec<?> codec : ALL) {
      register(eventBus, codec);
    }
  }

  private static <T> void register(EventBus eventBus, RecordCodec<T> codec) {
    eventBus.registerDefaultCodec(codec.type(), codec);
  }
}
