package io.aerocast.web;

import io.aerocast.bus.Addresses;
import io.aerocast.bus.ErrorCode;
import io.aerocast.bus.message.ModelAnnouncement;
import io.aerocast.bus.message.RetrainReason;
import io.aerocast.bus.message.RetrainRequest;
import io.aerocast.config.AdminOptions;
import io.aerocast.config.PredictOptions;
import io.aerocast.predict.ModelCatalog;
import io.aerocast.registry.CorruptModelException;
import io.aerocast.registry.ModelRegistry;
import io.aerocast.registry.StoredVersion;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The model routes. {@code GET /models} lists the registry's versions per series with the one this node
 * serves. Admin routes, behind {@code Authorization: Bearer <admin.token>}: {@code POST /admin/promote}
 * {@code {"series","version"}} and {@code POST /admin/rollback} {@code {"series"}} load a version from this
 * node's registry and announce it on the bus, so every prediction node in the cluster swaps to it;
 * {@code POST /admin/retrain} {@code {"series"}} sends a manual retrain request to the trainer.
 * Registry reads are blocking file I/O and run on a worker.
 */
final class ModelRoutes {

  private final Vertx vertx;
  private final ModelRegistry registry;
  private final ModelCatalog catalog;
  private final byte[] token;

  ModelRoutes(Vertx vertx, PredictOptions predict, AdminOptions admin) {
    this.vertx = vertx;
    this.registry = new ModelRegistry(Path.of(predict.modelsDir()));
    this.catalog = ModelCatalog.of(vertx);
    this.token = admin.token().getBytes(StandardCharsets.UTF_8);
  }

  void mount(Router router) {
    router.get("/models").handler(this::models);
    // Vert.x wants the body handler first; its 4 KiB limit keeps unauthenticated bodies cheap.
    BodyHandler body = BodyHandler.create(false).setBodyLimit(4096);
    router.post("/admin/promote").handler(body).handler(this::authorize).handler(ModelRoutes::requireJson)
        .handler(ctx -> promote(ctx, false));
    router.post("/admin/rollback").handler(body).handler(this::authorize).handler(ModelRoutes::requireJson)
        .handler(ctx -> promote(ctx, true));
    router.post("/admin/retrain").handler(body).handler(this::authorize).handler(ModelRoutes::requireJson)
        .handler(this::retrain);
  }

  private void authorize(RoutingContext ctx) {
    String header = ctx.request().getHeader("authorization");
    byte[] given = header != null && header.startsWith("Bearer ")
        ? header.substring(7).getBytes(StandardCharsets.UTF_8) : new byte[0];
    // Constant-time comparison; an empty configured token never matches.
    if (token.length == 0 || !MessageDigest.isEqual(token, given)) {
      HttpErrors.send(ctx.response(), ErrorCode.UNAUTHORIZED, "admin routes need Authorization: Bearer <admin.token>");
      return;
    }
    ctx.next();
  }

  /** After authorization, so an unauthenticated caller learns nothing but 401. */
  private static void requireJson(RoutingContext ctx) {
    if (!HttpErrors.isJson(ctx.request())) {
      HttpErrors.send(ctx.response(), ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json");
      return;
    }
    ctx.next();
  }

  private void models(RoutingContext ctx) {
    vertx.executeBlocking(this::listRegistry).onComplete(result -> {
      if (result.failed()) {
        HttpErrors.send(ctx.response(), ErrorCode.INTERNAL, "cannot read the model registry");
        return;
      }
      ctx.response().putHeader("content-type", "application/json").end(result.result().encode());
    });
  }

  /** {"series": {id: {"current": v, "versions": [...]}}}, newest version first. */
  private JsonObject listRegistry() throws Exception {
    JsonObject series = new JsonObject();
    Path root = registry.root();
    List<Path> dirs = List.of();
    if (Files.isDirectory(root)) {
      try (var children = Files.list(root)) {
        dirs = children.filter(Files::isDirectory).sorted().toList();
      }
    }
    for (Path dir : dirs) {
      String id = dir.getFileName().toString();
      String current = catalog.get(id).map(m -> m.version()).orElse(null);
      JsonArray versions = new JsonArray();
      List<String> ids = registry.versions(id);
      for (int i = ids.size() - 1; i >= 0; i--) {
        String version = ids.get(i);
        JsonObject entry = new JsonObject().put("version", version);
        try {
          JsonObject meta = registry.metadata(id, version);
          JsonObject metrics = meta.getJsonObject("metrics", new JsonObject());
          entry.put("parent", meta.getString("parent", ""))
              .put("status", version.equals(current) ? "promoted" : "retired")
              .put("reason", meta.getString("reason", ""))
              .put("created", meta.getString("created", ""))
              .put("metrics", new JsonObject().put("rmse", metrics.getValue("rmse"))
                  .put("champion_rmse", metrics.getValue("champion_rmse")))
              .put("detail", "trained on " + meta.getJsonObject("data", new JsonObject()).getString("from", "?")
                  + " to " + meta.getJsonObject("data", new JsonObject()).getString("to", "?"));
        } catch (CorruptModelException e) {
          entry.put("status", "failed").put("detail", e.getMessage());
        }
        versions.add(entry);
      }
      series.put(id, new JsonObject().put("current", current).put("versions", versions));
    }
    return new JsonObject().put("series", series);
  }

  private void promote(RoutingContext ctx, boolean rollback) {
    JsonObject body;
    try {
      body = ctx.body().asJsonObject();
    } catch (RuntimeException e) {
      body = null;
    }
    if (body == null || !(body.getValue("series") instanceof String series) || series.isBlank()) {
      HttpErrors.send(ctx.response(), ErrorCode.BAD_REQUEST, "body must be JSON with a \"series\" string");
      return;
    }
    Object version = body.getValue("version");
    if (!rollback && !(version instanceof String)) {
      HttpErrors.send(ctx.response(), ErrorCode.BAD_REQUEST, "promote needs a \"version\" string");
      return;
    }
    vertx.executeBlocking(() -> rollback ? previousVersion(series) : load(series, (String) version))
        .onComplete(result -> {
          if (result.failed()) {
            Throwable e = result.cause();
            ErrorCode code = e instanceof CorruptModelException ? ErrorCode.CONFLICT : ErrorCode.INTERNAL;
            HttpErrors.send(ctx.response(), code, e instanceof CorruptModelException ? e.getMessage()
                : "cannot read the model registry");
            return;
          }
          Optional<StoredVersion> stored = result.result();
          if (stored.isEmpty()) {
            HttpErrors.send(ctx.response(), ErrorCode.NOT_FOUND, rollback
                ? "no earlier version to roll back to" : "no such version in this node's registry");
            return;
          }
          StoredVersion v = stored.get();
          String current = catalog.get(series).map(m -> m.version()).orElse("");
          vertx.eventBus().publish(Addresses.MODEL_ANNOUNCEMENTS,
              ModelAnnouncement.of(series, v.version(), current, Instant.now(), v.artifact()));
          ctx.response().putHeader("content-type", "application/json").end(new JsonObject().put("series", series)
              .put("version", v.version()).put("previous", current).put("announced", true).encode());
        });
  }

  /** Sends a manual RetrainRequest to the trainer: 202 when a trainer accepted it, 503 when none runs. */
  private void retrain(RoutingContext ctx) {
    JsonObject body;
    try {
      body = ctx.body().asJsonObject();
    } catch (RuntimeException e) {
      body = null;
    }
    if (body == null || !(body.getValue("series") instanceof String series) || series.isBlank()
        || series.length() > 200) {
      HttpErrors.send(ctx.response(), ErrorCode.BAD_REQUEST, "body must be JSON with a \"series\" string");
      return;
    }
    RetrainRequest request = new RetrainRequest(UUID.randomUUID().toString(), series, RetrainReason.MANUAL,
        Instant.now(), "admin", body.getValue("detail") instanceof String d && d.length() <= 500 ? d : "");
    vertx.eventBus().request(Addresses.RETRAIN_REQUESTS, request, new DeliveryOptions().setSendTimeout(5000))
        .onComplete(reply -> {
          if (reply.succeeded()) {
            ctx.response().setStatusCode(202).putHeader("content-type", "application/json")
                .end(new JsonObject().put("request_id", request.requestId()).put("series", series)
                    .put("accepted", true).encode());
          } else if (reply.cause() instanceof ReplyException e && e.failureType() == ReplyFailure.RECIPIENT_FAILURE) {
            HttpErrors.send(ctx.response(), ErrorCode.fromCode(e.failureCode()), "trainer refused: " + e.getMessage());
          } else {
            HttpErrors.send(ctx.response(), ErrorCode.UNAVAILABLE, "no trainer is running in the cluster");
          }
        });
  }

  private Optional<StoredVersion> load(String series, String version) throws Exception {
    if (!registry.versions(series).contains(version)) {
      return Optional.empty();
    }
    return Optional.of(registry.load(series, version));
  }

  /** The version before the one served now (or before the newest, when none is served). */
  private Optional<StoredVersion> previousVersion(String series) throws Exception {
    List<String> versions = registry.versions(series);
    String current = catalog.get(series).map(m -> m.version()).orElse(versions.isEmpty() ? null
        : versions.get(versions.size() - 1));
    int at = versions.indexOf(current);
    if (at <= 0) {
      return Optional.empty();
    }
    return Optional.of(registry.load(series, versions.get(at - 1)));
  }
}
