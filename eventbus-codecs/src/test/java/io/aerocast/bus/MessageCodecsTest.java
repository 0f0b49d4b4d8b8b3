package io.aerocast.bus;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Verifies that registering the codecs lets every record be sent as itself on a local event bus. */
@ExtendWith(VertxExtension.class)
class MessageCodecsTest {

  @Test
  void everyRecordTravelsOnTheBusOnceCodecsAreRegistered(Vertx vertx, VertxTestContext ctx) throws Exception {
    MessageCodecs.registerAll(vertx.eventBus());
    List<Object> samples = MessageSamples.all();
    var received = ctx.checkpoint(samples.size());
    vertx.eventBus().consumer("test.any", message -> {
      ctx.verify(() -> assertThat(samples).contains(message.body()));
      received.flag();
    }).completion().onComplete(ctx.succeeding(v -> samples.forEach(s -> vertx.eventBus().send("test.any", s))));

    assertThat(ctx.awaitCompletion(10, TimeUnit.SECONDS)).isTrue();
    if (ctx.failed()) {
      throw new AssertionError(ctx.causeOfFailure());
    }
  }

  @Test
  void registeringTwiceFailsLoudly(Vertx vertx) {
    MessageCodecs.registerAll(vertx.eventBus());
    assertThatThrownBy(() -> MessageCodecs.registerAll(vertx.eventBus())).isInstanceOf(IllegalStateException.class);
  }
}
