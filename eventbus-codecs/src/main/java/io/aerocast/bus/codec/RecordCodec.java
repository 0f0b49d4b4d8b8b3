package io.aerocast.bus.codec;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;

/**
 * Base of every AeroCast codec. Wire layout: one format-version byte, a 4-byte payload length, then
 * the payload written by {@link #write}. The version byte lets a newer node refuse (loudly) a format
 * it does not know instead of misreading it; the length bounds every read.
 *
 * <p>Message records are deeply immutable (arrays are copied in and out), so {@link #transform}
 * hands the same instance to local consumers, as {@code JsonObjectMessageCodec} does for its type.
 *
 * @param <T> the record type
 */
public abstract class RecordCodec<T> implements MessageCodec<T, T> {

  /** The only format version written and read by this build. */
  public static final byte FORMAT_VERSION = 1;

  private final Class<T> type;
  private final String name;

  protected RecordCodec(Class<T> type) {
    this.type = type;
    this.name = "aerocast." + type.getSimpleName();
  }

  /** The record class this codec handles. */
  public final Class<T> type() {
    return type;
  }

  @Override
  public final void encodeToWire(Buffer buffer, T value) {
    buffer.appendByte(FORMAT_VERSION);
    int lengthAt = buffer.length();
    buffer.appendInt(0);
    write(new WireWriter(buffer), value);
    buffer.setInt(lengthAt, buffer.length() - lengthAt - Integer.BYTES);
  }

  @Override
  public final T decodeFromWire(int pos, Buffer buffer) {
    if (pos < 0 || pos + 1 + Integer.BYTES > buffer.length()) {
      throw new CodecException(name + ": message truncated before its header");
    }
    byte version = buffer.getByte(pos);
    if (version != FORMAT_VERSION) {
      throw new CodecException(name + ": unknown format version " + version + " (this node reads " + FORMAT_VERSION
          + "); is a node of another AeroCast release in the cluster?");
    }
    int length = buffer.getInt(pos + 1);
    int start = pos + 1 + Integer.BYTES;
    if (length < 0 || start + length > buffer.length()) {
      throw new CodecException(name + ": payload length " + length + " exceeds the buffer");
    }
    WireReader reader = new WireReader(buffer, start, start + length);
    T value;
    try {
      value = read(reader);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new CodecException(name + ": invalid field value: " + e.getMessage(), e);
    }
    reader.expectEnd();
    return value;
  }

  @Override
  public final T transform(T value) {
    return value;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final byte systemCodecID() {
    return -1;
  }

  /** Writes the record's fields, in a fixed order. */
  protected abstract void write(WireWriter out, T value);

  /** Reads the fields in the order {@link #write} wrote them and builds the record (which validates them). */
  protected abstract T read(WireReader in);
}
