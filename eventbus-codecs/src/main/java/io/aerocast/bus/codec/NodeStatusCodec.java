package io.aerocast.bus.codec;

import io.aerocast.bus.message.NodeStatus;

/** Codec for {@link NodeStatus}. */
public final class NodeStatusCodec extends RecordCodec<NodeStatus> {

  public NodeStatusCodec() {
    super(NodeStatus.class);
  }

  @Override
  protected void write(WireWriter out, NodeStatus s) {
    out.string(s.nodeId()).string(s.memberId()).strings(s.roles()).string(s.httpHost()).i32(s.httpPort())
        .instant(s.startedAt()).instant(s.sentAt());
  }

  @Override
  protected NodeStatus read(WireReader in) {
    return new NodeStatus(in.string(), in.string(), in.strings(), in.string(), in.i32(), in.instant(), in.instant());
  }
}
