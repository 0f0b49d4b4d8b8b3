package io.aerocast.app;

import io.aerocast.cluster.PresenceVerticle;
import io.aerocast.config.AeroCastConfig;
import io.aerocast.config.Role;
import io.aerocast.predict.PredictionVerticle;
import io.aerocast.predict.StreamForecastVerticle;
import io.aerocast.web.HttpServerVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The main verticle of a node: deploys, from one place, what every node runs (HTTP API, cluster
 * presence) and the verticles of the roles in {@code node.roles}.
 *
 * <p>A role's verticle is listed in {@link #ROLE_VERTICLES} when its real implementation exists in
 * this build; a role named in config without one is logged at start, so an operator sees exactly
 * what the node runs (README "Roles" says which roles are available in this release).
 */
public final class NodeVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(NodeVerticle.class);

  /** Verticle classes per role, for the roles implemented in this build. */
  static final Map<Role, List<String>> ROLE_VERTICLES = Map.of(Role.PREDICT,
      List.of(PredictionVerticle.class.getName(), StreamForecastVerticle.class.getName()));

  @Override
  public Future<?> start() {
    AeroCastConfig config = AeroCastConfig.from(config());
    DeploymentOptions options = new DeploymentOptions().setConfig(config.json());
    List<Future<String>> deployments = new ArrayList<>();
    deployments.add(vertx.deployVerticle(PresenceVerticle.class.getName(), options));
    deployments.add(vertx.deployVerticle(HttpServerVerticle.class.getName(),
        new DeploymentOptions(options).setInstances(config.http().effectiveInstances())));
    List<String> notYetAvailable = new ArrayList<>();
    for (Role role : config.node().roles()) {
      List<String> verticles = ROLE_VERTICLES.get(role);
      if (verticles == null) {
        notYetAvailable.add(role.wireName());
      } else {
        verticles.forEach(verticle -> deployments.add(vertx.deployVerticle(verticle, options)));
      }
    }
    if (!notYetAvailable.isEmpty()) {
      LOG.info("Roles with no verticle in this release yet, nothing deployed for them [roles: {}]",
          String.join(",", notYetAvailable));
    }
    return Future.all(deployments)
        .onSuccess(done -> LOG.info("Node ready [node: {}] [roles: {}] [http: {}:{}]", config.node().id(),
            String.join(",", config.node().roleNames()), config.http().host(), config.http().port()));
  }
}
