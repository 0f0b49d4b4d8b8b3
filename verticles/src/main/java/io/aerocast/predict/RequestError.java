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
}
