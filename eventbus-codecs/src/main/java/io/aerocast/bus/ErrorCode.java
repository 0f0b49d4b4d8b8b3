package io.aerocast.bus;

/**
 * Failure codes used in {@code Message.fail(code, text)} replies and in HTTP error bodies.
 *
 * <p>The numeric code is HTTP-like so a requester can map a reply failure straight to a status;
 * the {@link #key()} is the stable string clients see in {@code {"error":{"code":...}}}.
 */
public enum ErrorCode {
  /** The request was malformed or failed validation. */
  BAD_REQUEST(400, "bad_request"),
  /** The caller did not present valid credentials for an admin action. */
  UNAUTHORIZED(401, "unauthorized"),
  /** The thing asked for (series, model version, route) does not exist. */
  NOT_FOUND(404, "not_found"),
  /** The route exists but not for this HTTP method. */
  METHOD_NOT_ALLOWED(405, "method_not_allowed"),
  /** The request conflicts with the current state, e.g. a training for the series is already running. */
  CONFLICT(409, "conflict"),
  /** The body is larger than the configured limit. */
  PAYLOAD_TOO_LARGE(413, "payload_too_large"),
  /** The body is not JSON, or not the content type the route accepts. */
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type"),
  /** The node cannot serve yet, e.g. no model is loaded, or no handler is registered. */
  UNAVAILABLE(503, "unavailable"),
  /** A handler did not answer in time. */
  TIMEOUT(504, "timeout"),
  /** A bug on our side; never the answer to bad input. */
  INTERNAL(500, "internal");

  private final int code;
  private final String key;

  ErrorCode(int code, String key) {
    this.code = code;
    this.key = key;
  }

  /** The HTTP-like numeric code, used as the event bus failure code. */
  public int code() {
    return code;
  }

  /** The stable machine-readable key, used in JSON error bodies. */
  public String key() {
    return key;
  }

  /**
   * Maps a numeric failure code back to its enum constant.
   *
   * @return the matching code, or {@link #INTERNAL} for a code AeroCast does not define
   */
  public static ErrorCode fromCode(int code) {
    for (ErrorCode candidate : values()) {
      if (candidate.code == code) {
        return candidate;
      }
    }
    return INTERNAL;
  }
}
