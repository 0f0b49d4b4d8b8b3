package io.aerocast.bus.message;

import java.util.Objects;

/** Argument checks shared by the message records' compact constructors. */
final class Require {

  private Require() {
  }

  /** A non-null, non-blank string, such as a series id or model version. */
  static String text(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** A string that may be empty but not null, such as a free-text detail. */
  static String optionalText(String value) {
    return value == null ? "" : value;
  }

  /** A finite number: NaN and infinities are refused. */
  static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, got " + value);
    }
    return value;
  }

  /** A finite number or NaN, where NaN means "missing" or "not known yet"; infinities are refused. */
  static double finiteOrMissing(double value, String name) {
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite or NaN (missing), got " + value);
    }
    return value;
  }

  static int nonNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
    return value;
  }

  static long nonNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
    return value;
  }
}
