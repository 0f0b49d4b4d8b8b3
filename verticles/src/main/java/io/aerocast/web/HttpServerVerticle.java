package io.aerocast.web;

import io.aerocast.bus.ErrorCode;
import io.aerocast.cluster.ClusterMembership;
import io.aerocast.cluster.PresenceVerticle;
import io.aerocast.config.AeroCastConfig;
import io.aerocast.config.Role;
import io.aerocast.predict.ModelCatalog;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.micrometer.backends.BackendRegistries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Comparator;

/**
 * The node's HTTP API on {@code http.host}:{@code http.port} (127.0.0.1:8000 by default).
 *
 * <p>Routes: {@code GET /healthz}, {@code GET /openapi.json}, {@code GET /metrics} (Prometheus text, when metrics are on); with the predict role also {@code POST /predict}, {@code POST /eval},
 * {@code GET /readyz} ({@link PredictionRoutes}), {@code GET /models} and the admin routes ({@link ModelRoutes}). Unknown routes answer 404 and a known route with the wrong method
 * 405, both with the JSON error body; a failure inside a handler answers 500 JSON without internals.
 */
public final class HttpServerVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(HttpServerVerticle.class);

  /** The hand-kept OpenAPI description, a classpath resource (Vert.x's file system resolves it). */
  static final String OPENAPI_RESOURCE = "openapi.json";

  private AeroCastConfig config;
  private ClusterMembership membership;
  private Instant startedAt;
  private HttpServer server;

  @Override
  public Future<?> start() {
    config = AeroCastConfig.from(config());
    membership = ClusterMembership.of(vertx);
    startedAt = Instant.now();

    Router router = router();
    return vertx.createHttpServer()
        .invalidRequestHandler(HttpErrors::invalidRequest)
        .requestHandler(router)
        .listen(config.http().port(), config.http().host())
        .onSuccess(s -> {
          server = s;
          LOG.info("HTTP API listening [host: {}] [port: {}]", config.http().host(), s.actualPort());
        });
  }

  /** Every route of the node's API; the OpenAPI test compares them with openapi.json. */
  Router router() {
    Router router = Router.router(vertx);
    router.get("/healthz").handler(this::healthz);
    router.get("/openapi.json").handler(ctx -> vertx.fileSystem().readFile(OPENAPI_RESOURCE)
        .onSuccess(spec -> ctx.response().putHeader("content-type", "application/json").end(spec))
        .onFailure(ctx::fail));
    if (BackendRegistries.getDefaultNow() != null) {
      router.get("/metrics").handler(PrometheusScrapingHandler.create());
    }
    if (config.node().runs(Role.PREDICT)) {
      new PredictionRoutes(vertx, config.predict()).mount(router);
      new ModelRoutes(vertx, config.predict(), config.admin()).mount(router);
    }
    router.errorHandler(404, ctx -> HttpErrors.send(ctx.response(), ErrorCode.NOT_FOUND,
        "no route " + ctx.request().method() + " " + shortPath(ctx)));
    router.errorHandler(405, ctx -> HttpErrors.send(ctx.response(), ErrorCode.METHOD_NOT_ALLOWED,
        "method " + ctx.request().method() + " not allowed on " + shortPath(ctx)));
    router.errorHandler(413, ctx -> HttpErrors.send(ctx.response(), ErrorCode.PAYLOAD_TOO_LARGE,
        "body larger than " + config.predict().maxBodyBytes() + " bytes"));
    router.errorHandler(400, ctx -> HttpErrors.send(ctx.response(), ErrorCode.BAD_REQUEST, "bad request"));
    router.errorHandler(500, ctx -> {
      LOG.error("Unhandled failure [path: {}]", shortPath(ctx), ctx.failure());
      HttpErrors.send(ctx.response(), ErrorCode.INTERNAL, "internal error");
    });
    return router;
  }

  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture() : server.close();
  }

  /** Seed-compatible health: {@code ok} and {@code time}, plus node, roles, cluster and model. */
  private void healthz(RoutingContext ctx) {
    JsonArray nodes = new JsonArray();
    vertx.sharedData().<String, JsonObject>getLocalMap(PresenceVerticle.DIRECTORY_MAP).values().stream()
        .sorted(Comparator.comparing(n -> n.getString("node")))
        .forEach(nodes::add);
    JsonObject body = new JsonObject()
        .put("ok", true)
        .put("time", Instant.now().toString())
        .put("node", config.node().id())
        .put("roles", new JsonArray(config.node().roleNames().stream().map(r -> (Object) r).toList()))
        .put("uptime_sec", Instant.now().getEpochSecond() - startedAt.getEpochSecond())
        .put("cluster", new JsonObject()
            .put("clustered", membership.clustered())
            .put("members", membership.memberCount())
            .put("nodes", nodes))
        .put("model", new JsonObject().put("version", servedVersion()));
    ctx.response().putHeader("content-type", "application/json").end(body.encode());
  }

  /** The version served for the default series, or null. */
  private String servedVersion() {
    ModelCatalog catalog = ModelCatalog.of(vertx);
    return catalog.defaultSeries(config.predict().defaultSeries()).flatMap(catalog::get)
        .map(m -> m.version()).orElse(null);
  }

  /** Paths are echoed in errors: keep them short so an error never carries a large input back. */
  private static String shortPath(RoutingContext ctx) {
    String path = ctx.request().path();
    return path == null ? "" : path.length() <= 80 ? path : path.substring(0, 77) + "...";
  }
}
