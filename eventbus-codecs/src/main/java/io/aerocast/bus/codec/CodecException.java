package io.aerocast.bus.codec;

/** A message could not be decoded: unknown format version, truncated bytes, or invalid field values. */
public final class CodecException extends RuntimeException {

  public CodecException(String message) {
    super(message);
  }

  public CodecException(String message, Throwable cause) {
    super(message, cause);
  }
}
