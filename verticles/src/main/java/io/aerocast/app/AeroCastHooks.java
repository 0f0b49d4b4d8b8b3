package io.aerocast.app;

import com.hazelcast.config.Config;
import io.aerocast.bus.MessageCodecs;
import io.aerocast.cluster.HazelcastConfigs;
import io.aerocast.config.AeroCastConfig;
import io.vertx.core.Deployable;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.launcher.application.HookContext;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import io.vertx.launcher.application.VertxApplicationHooks;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * Lifecycle hooks of the AeroCast process: what must happen once per Vert.x instance, on every node,
 * whatever verticle it runs.
 * <ul>
 *   <li>the Hazelcast cluster manager is built from {@code cluster.configFile} (or the bundled cluster.xml);</li>
 *   <li>the message codecs are registered right after Vert.x starts, never in a verticle's start();</li>
 *   <li>every verticle gets the full, validated configuration as its {@code config()}.</li>
 * </ul>
 */
final class AeroCastHooks implements VertxApplicationHooks {

  private static final Logger LOG = LoggerFactory.getLogger(AeroCastHooks.class);

  private final AeroCastConfig config;
  private final Config hazelcast;
  private final String verticleClass;

  /**
   * @param config        the validated configuration
   * @param hazelcast     the Hazelcast member configuration, or null when not clustered
   * @param verticleClass the verticle named on the command line, or null to run the whole node
   */
  AeroCastHooks(AeroCastConfig config, Config hazelcast, String verticleClass) {
    this.config = config;
    this.hazelcast = hazelcast;
    this.verticleClass = verticleClass;
  }

  @Override
  public JsonObject afterConfigParsed(JsonObject ignoredLauncherConf) {
    // The launcher's own -conf parsing is bypassed: the layered, validated config replaces it.
    return config.json().copy();
  }

  @Override
  public VertxBuilder createVertxBuilder(VertxOptions options) {
    // Prometheus metrics for Vert.x itself (HTTP, event bus, pools), the JVM and AeroCast's own meters.
    options.setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true)
        .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true)));
    // Epoll where available (Linux x86_64): measurably more req/s on /predict than NIO; NIO elsewhere.
    options.setPreferNativeTransport(true);
    VertxBuilder builder = VertxApplicationHooks.super.createVertxBuilder(options);
    if (hazelcast != null) {
      builder.withClusterManager(new HazelcastClusterManager(hazelcast));
    }
    return builder;
  }

  @Override
  public void afterVertxStarted(HookContext context) {
    MessageCodecs.registerAll(context.vertx().eventBus());
    LOG.info("Vert.x started [node: {}] [clustered: {}] [roles: {}]", config.node().id(),
        context.vertx().isClustered(), String.join(",", config.node().roleNames()));
  }

  @Override
  public Supplier<? extends Deployable> verticleSupplier() {
    // A verticle named on the command line is deployed by name, the 'vertx run' way.
    return verticleClass == null ? NodeVerticle::new : null;
  }
}
