package io.aerocast.predict;

import io.aerocast.bus.ErrorCode;

/** A request was refused; the message names the field and never repeats the input at length. */
public final class RequestError extends RuntimeException {

  private final ErrorCode code;

  public RequestError(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }

  /** Cuts a piece of input for a message to 40 characters: input is never repeated at length. */
  public static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
