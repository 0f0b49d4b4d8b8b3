package io.aerocast.bus.message;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Heartbeat of one AeroCast node: lets every node (and the dashboard) see who runs which role.
 *
 * @param nodeId    the node's id (config {@code node.id}, by default {@code host:httpPort})
 * @param memberId  the node's cluster member id (Hazelcast UUID), empty when not clustered
 * @param roles     the roles the node runs, lower-case (e.g. {@code predict}, {@code train})
 * @param httpHost  host the node's HTTP API listens on
 * @param httpPort  port of the node's HTTP API, 0 when it runs none
 * @param startedAt when the node started
 * @param sentAt    when this heartbeat was sent
 */
public record NodeStatus(
    String nodeId, String memberId, List<String> roles, String httpHost, int httpPort, Instant startedAt, Instant sentAt) {

  public NodeStatus {
    Require.text(nodeId, "nodeId");
    memberId = Require.optionalText(memberId);
    roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
    httpHost = Require.optionalText(httpHost);
    if (httpPort < 0 || httpPort > 65535) {
      throw new IllegalArgumentException("httpPort must be in 0..65535, got " + httpPort);
    }
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(sentAt, "sentAt");
  }
}
