package io.aerocast.registry;

/** A model version on disk (or in an announcement) is damaged, incomplete or holds non-finite values. */
public final class CorruptModelException extends RuntimeException {

  public CorruptModelException(String message) {
    super(message);
  }

  public CorruptModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
