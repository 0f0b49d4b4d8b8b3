package io.aerocast.bus.message;

import java.time.Instant;
import java.util.Objects;

/**
 * A request for a new model version of one series.
 *
 * @param requestId   unique id, carried through progress and report messages
 * @param series      series id
 * @param reason      why the retrain is wanted
 * @param requestedAt when it was asked for
 * @param requestedBy who asked: a node id, a detector, or an admin
 * @param detail      free text for the audit trail
 */
public record RetrainRequest(
    String requestId, String series, RetrainReason reason, Instant requestedAt, String requestedBy,
    String detail) {

  public RetrainRequest {
    Require.text(requestId, "requestId");
    Require.text(series, "series");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Require.text(requestedBy, "requestedBy");
    detail = Require.optionalText(detail);
  }
}
