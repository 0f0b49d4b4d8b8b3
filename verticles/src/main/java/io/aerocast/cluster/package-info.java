/** Cluster awareness: membership as Hazelcast sees it, and the heartbeat-based directory of AeroCast nodes. */
package io.aerocast.cluster;
