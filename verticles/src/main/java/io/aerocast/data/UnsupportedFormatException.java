package io.aerocast.data;

/** The file is not one of the formats of {@link DataFormat}, or is too damaged to read. */
public final class UnsupportedFormatException extends RuntimeException {

  public UnsupportedFormatException(String message) {
    super(message);
  }
}
