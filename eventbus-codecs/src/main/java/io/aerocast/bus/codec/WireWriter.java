package io.aerocast.bus.codec;

import io.vertx.core.buffer.Buffer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Appends fields to a buffer in the AeroCast wire format: big-endian numbers, length-prefixed UTF-8. */
final class WireWriter {

  private final Buffer buffer;

  WireWriter(Buffer buffer) {
    this.buffer = buffer;
  }

  WireWriter string(String value) {
    return bytes(value.getBytes(StandardCharsets.UTF_8));
  }

  WireWriter bytes(byte[] value) {
    buffer.appendInt(value.length);
    buffer.appendBytes(value);
    return this;
  }

  WireWriter strings(List<String> values) {
    buffer.appendInt(values.size());
    values.forEach(this::string);
    return this;
  }

  /** An instant as epoch seconds plus nanos, so it round-trips exactly. */
  WireWriter instant(Instant value) {
    buffer.appendLong(value.getEpochSecond());
    buffer.appendInt(value.getNano());
    return this;
  }

  WireWriter f64(double value) {
    buffer.appendDouble(value);
    return this;
  }

  WireWriter i32(int value) {
    buffer.appendInt(value);
    return this;
  }

  WireWriter i64(long value) {
    buffer.appendLong(value);
    return this;
  }
}
