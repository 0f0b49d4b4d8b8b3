package io.aerocast.web;

import io.aerocast.bus.ErrorCode;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** Writes the JSON error body of the contract: {@code {"error":{"code":"...","message":"..."}}}. */
public final class HttpErrors {

  private HttpErrors() {
  }

  /** Ends the response with the error's status and JSON body. The message must not echo user input at length. */
  public static void send(HttpServerResponse response, ErrorCode code, String message) {
    if (response.ended()) {
      return;
    }
    response.setStatusCode(code.code())
        .putHeader("content-type", "application/json")
        .end(body(code, message).encode());
  }

  /**
   * Answers a request the HTTP codec could not decode (request line or headers too long, bad syntax)
   * with the JSON error body instead of Vert.x's plain-text default.
   */
  public static void invalidRequest(HttpServerRequest request) {
    Throwable cause = request.decoderResult().cause();
    HttpServerResponse response = request.response();
    if (cause instanceof TooLongHttpLineException) {
      response.setStatusCode(414).putHeader("content-type", "application/json")
          .end(body(ErrorCode.BAD_REQUEST, "request line too long").encode());
    } else if (cause instanceof TooLongHttpHeaderException) {
      response.setStatusCode(431).putHeader("content-type", "application/json")
          .end(body(ErrorCode.BAD_REQUEST, "request headers too large").encode());
    } else {
      send(response, ErrorCode.BAD_REQUEST, "malformed HTTP request");
    }
    // The connection's state is unknown after a decoding failure: do not reuse it.
    request.connection().close();
  }

  /** Whether the request declares a JSON body ({@code Content-Type: application/json}, any parameters). */
  public static boolean isJson(HttpServerRequest request) {
    String type = request.getHeader("content-type");
    return type != null && type.regionMatches(true, 0, "application/json", 0, 16);
  }

  /** The error body. */
  public static JsonObject body(ErrorCode code, String message) {
    return new JsonObject().put("error", new JsonObject().put("code", code.key()).put("message", message));
  }
}
