package io.aerocast.bus.codec;

import io.vertx.core.buffer.Buffer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads fields written by {@link WireWriter} from a bounded region of a buffer.
 * Every read is checked against the region's end, so a truncated or lying length fails cleanly.
 */
final class WireReader {

  private final Buffer buffer;
  private final int end;
  private int pos;

  WireReader(Buffer buffer, int start, int end) {
    this.buffer = buffer;
    this.pos = start;
    this.end = end;
  }

  String string() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  byte[] bytes() {
    int length = i32();
    require(length);
    byte[] value = buffer.getBytes(pos, pos + length);
    pos += length;
    return value;
  }

  List<String> strings() {
    int count = i32();
    // Each string needs at least its 4-byte length: refuse counts the region cannot hold.
    require((long) count * Integer.BYTES);
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(string());
    }
    return values;
  }

  Instant instant() {
    long seconds = i64();
    int nanos = i32();
    return Instant.ofEpochSecond(seconds, nanos);
  }

  double f64() {
    require(Double.BYTES);
    double value = buffer.getDouble(pos);
    pos += Double.BYTES;
    return value;
  }

  int i32() {
    require(Integer.BYTES);
    int value = buffer.getInt(pos);
    pos += Integer.BYTES;
    return value;
  }

  long i64() {
    require(Long.BYTES);
    long value = buffer.getLong(pos);
    pos += Long.BYTES;
    return value;
  }

  /** Fails unless every byte of the region was read: trailing bytes mean a format mismatch. */
  void expectEnd() {
    if (pos != end) {
      throw new CodecException((end - pos) + " unread bytes at the end of the message");
    }
  }

  private void require(long length) {
    if (length < 0 || pos + length > end) {
      throw new CodecException("message truncated: need " + length + " bytes at offset " + pos
          + ", region ends at " + end);
    }
  }
}
