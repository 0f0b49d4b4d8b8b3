package io.aerocast.predict;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Which prediction node publishes the live forecasts and outcomes of a series. Every prediction node
 * receives every observation and keeps every series' state (so a node can take a series over with its
 * window and waiting forecasts ready); only the owner publishes, so the drift role sees each outcome once.
 *
 * <p>Rendezvous hashing over the prediction nodes in the presence directory: the owner of a series is the
 * node with the highest hash of (node id, series). Every node computes the same owner from the same
 * directory, and when a node joins or leaves only the series it gains or loses move. While directories
 * disagree (a heartbeat or two after a change) a series may briefly have two owners or none.
 */
public final class StreamOwnership {

  private final String self;
  private final Supplier<Collection<String>> predictionNodes;

  /**
   * @param self            this node's id
   * @param predictionNodes ids of the prediction nodes currently known (this one may be among them)
   */
  public StreamOwnership(String self, Supplier<Collection<String>> predictionNodes) {
    this.self = self;
    this.predictionNodes = predictionNodes;
  }

  /** Whether this node publishes for the series. */
  public boolean owns(String series) {
    long best = weight(self, series);
    for (String node : predictionNodes.get()) {
      if (node.equals(self)) {
        continue;
      }
      long weight = weight(node, series);
      if (weight > best || weight == best && node.compareTo(self) > 0) {
        return false;
      }
    }
    return true;
  }

  /** 64-bit FNV-1a of "node \0 series", then a final avalanche so close ids spread. */
  static long weight(String node, String series) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : (node + '\0' + series).getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    return hash;
  }
}
