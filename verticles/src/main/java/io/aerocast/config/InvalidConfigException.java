package io.aerocast.config;

/**
 * A configuration value is missing, of the wrong type, out of range, or unknown.
 * The message is one line naming the key and, where known, where the value came from.
 */
public final class InvalidConfigException extends RuntimeException {

  private final String key;

  public InvalidConfigException(String key, String problem) {
    super(key + ": " + problem);
    this.key = key;
  }

  /** The dotted key ({@code section.name}) or source the problem is about. */
  public String key() {
    return key;
  }
}
