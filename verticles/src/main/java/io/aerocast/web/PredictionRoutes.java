package io.aerocast.web;

import io.aerocast.bus.Addresses;
import io.aerocast.bus.ErrorCode;
import io.aerocast.bus.message.ForecastOutcome;
import io.aerocast.bus.message.RetrainReason;
import io.aerocast.bus.message.RetrainRequest;
import io.aerocast.config.PredictOptions;
import io.aerocast.metrics.PredictMetrics;
import io.aerocast.model.GruForecaster;
import io.aerocast.predict.EvalRequest;
import io.aerocast.predict.ModelCatalog;
import io.aerocast.predict.PredictRequest;
import io.aerocast.predict.RequestError;
import io.aerocast.predict.RunningError;
import io.aerocast.predict.ServedModel;
import io.aerocast.registry.VersionIds;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The prediction routes: {@code POST /predict}, {@code POST /eval}, {@code GET /readyz},
 * {@code POST /routine-retrain-check}. A forecast is a
 * plain-Java forward pass of a few tens of microseconds, so it runs on the event loop: a hop to a worker
 * would cost more than the work.
 */
final class PredictionRoutes {

  private final Vertx vertx;
  private final PredictOptions options;
  private final ModelCatalog catalog;
  private final RunningError running;
  private final PredictMetrics metrics;

  PredictionRoutes(Vertx vertx, PredictOptions options) {
    this.vertx = vertx;
    this.options = options;
    this.catalog = ModelCatalog.of(vertx);
    this.running = RunningError.of(vertx);
    this.metrics = PredictMetrics.create(catalog);
  }

  void mount(Router router) {
    BodyHandler body = BodyHandler.create(false).setBodyLimit(options.maxBodyBytes()).setHandleFileUploads(false);
    router.post("/predict").handler(body).handler(ctx -> handle(ctx, PredictMetrics.Route.PREDICT, this::predict));
    router.post("/eval").handler(body).handler(ctx -> handle(ctx, PredictMetrics.Route.EVAL, this::eval));
    router.get("/readyz").handler(this::readyz);
    router.post("/routine-retrain-check").handler(this::routineRetrainCheck);
  }

  private interface JsonHandler {
    JsonObject apply(JsonObject body);
  }

  private void handle(RoutingContext ctx, PredictMetrics.Route route, JsonHandler handler) {
    long start = System.nanoTime();
    String type = ctx.request().getHeader("content-type");
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      HttpErrors.send(ctx.response(), ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json");
      metrics.record(route, PredictMetrics.Outcome.CLIENT_ERROR, start);
      return;
    }
    JsonObject json;
    try {
      Object parsed = ctx.body().buffer() == null ? null : io.vertx.core.json.Json.decodeValue(ctx.body().buffer());
      if (!(parsed instanceof JsonObject object)) {
        HttpErrors.send(ctx.response(), ErrorCode.BAD_REQUEST, "body must be a JSON object");
        metrics.record(route, PredictMetrics.Outcome.CLIENT_ERROR, start);
        return;
      }
      json = object;
    } catch (DecodeException e) {
      HttpErrors.send(ctx.response(), ErrorCode.BAD_REQUEST, "body is not valid JSON (NaN and Infinity are not JSON)");
      metrics.record(route, PredictMetrics.Outcome.CLIENT_ERROR, start);
      return;
    }
    try {
      ctx.response().putHeader("content-type", "application/json").end(handler.apply(json).encode());
      metrics.record(route, PredictMetrics.Outcome.OK, start);
    } catch (RequestError e) {
      HttpErrors.send(ctx.response(), e.code(), e.getMessage());
      metrics.record(route, e.code() == ErrorCode.UNAVAILABLE ? PredictMetrics.Outcome.UNAVAILABLE
          : PredictMetrics.Outcome.CLIENT_ERROR, start);
    }
  }

  private ServedModel model(String series) {
    String name = series != null ? series : catalog.defaultSeries(options.defaultSeries())
        .orElseThrow(() -> new RequestError(ErrorCode.UNAVAILABLE, "no model is loaded yet"));
    return catalog.get(name).orElseThrow(() -> series == null
        ? new RequestError(ErrorCode.UNAVAILABLE, "no model is loaded yet for the default series")
        : new RequestError(ErrorCode.NOT_FOUND, "no model for series '" + shorten(series) + "'"));
  }

  private JsonObject predict(JsonObject body) {
    String requested = body.getValue("series") instanceof String s ? s : null;
    ServedModel served = model(requested);
    GruForecaster model = served.model();
    PredictRequest request = PredictRequest.parse(body, model.spec().window(), model.spec().rawFeatures().size(),
        options.maxBatch(), options.maxAbsValue());
    Instant target = request.end().plusSeconds(model.spec().stepSeconds());
    JsonArray forecasts = new JsonArray();
    for (double[][] window : request.windows()) {
      double value = model.forecast(window, request.end());
      forecasts.add(new JsonObject()
          .put("forecast", value)
          .put("interval", new JsonObject().put("lo", value - model.halfWidth()).put("hi", value + model.halfWidth())
              .put("level", model.intervalLevel())));
    }
    JsonObject response = new JsonObject().put("series", served.series()).put("model_version", served.version())
        .put("target_time", target.toString());
    if (request.batch()) {
      return response.put("forecasts", forecasts);
    }
    return response.mergeIn(forecasts.getJsonObject(0));
  }

  private JsonObject eval(JsonObject body) {
    EvalRequest request = EvalRequest.parse(body, options.maxAbsValue());
    ServedModel served = catalog.defaultSeries(options.defaultSeries()).flatMap(catalog::get).orElse(null);
    String series = request.series() != null ? request.series() : served != null ? served.series() : "default";
    ServedModel model = catalog.get(series).orElse(served);
    double absError = Math.abs(request.actual() - request.predicted());
    double[] stats = running.add(absError);
    vertx.eventBus().publish(Addresses.FORECAST_OUTCOMES, new ForecastOutcome(series, Instant.now(),
        request.predicted(), request.actual(), model == null ? "" : model.version(), "eval"));
    // Flagged when the error falls outside the served model's calibrated interval.
    boolean flagged = model != null && absError > model.model().halfWidth();
    return new JsonObject().put("rmse", stats[0]).put("count", (long) stats[1]).put("abs_error", absError)
        .put("drift_flagged", flagged);
  }

  private void readyz(RoutingContext ctx) {
    var series = catalog.defaultSeries(options.defaultSeries());
    boolean ready = series.flatMap(catalog::get).isPresent();
    JsonObject body = new JsonObject().put("ready", ready).put("models", new JsonObject(
        new java.util.LinkedHashMap<>(catalog.versions())));
    if (!ready) {
      body.put("reason", "no model loaded yet");
    }
    ctx.response().setStatusCode(ready ? 200 : 503).putHeader("content-type", "application/json").end(body.encode());
  }

  /**
   * The seed's schedule hook: when the served model is older than {@code predict.maxModelAgeHours} (or
   * there is none), ask the trainer for a new version with a {@link RetrainRequest} (reason schedule or
   * initial). {@code scheduled} says whether a trainer accepted it; with no trainer in the cluster it is
   * false and {@code detail} says so.
   */
  private void routineRetrainCheck(RoutingContext ctx) {
    Optional<ServedModel> served = catalog.defaultSeries(options.defaultSeries()).flatMap(catalog::get);
    Instant now = Instant.now();
    long age = served.map(m -> VersionIds.createdAt(m.version()).orElse(m.loadedAt()))
        .map(created -> Math.max(0, now.getEpochSecond() - created.getEpochSecond())).orElse(-1L);
    String reason = served.isEmpty() ? "missing" : age > options.maxModelAgeHours() * 3600L ? "stale" : "fresh";
    JsonObject body = new JsonObject().put("reason", reason).put("age_sec", age < 0 ? null : age)
        .put("series", served.map(ServedModel::series).orElse(null));
    if (reason.equals("fresh")) {
      ctx.response().putHeader("content-type", "application/json").end(body.put("scheduled", false).encode());
      return;
    }
    String series = served.map(ServedModel::series).orElse(options.defaultSeries().isBlank() ? "default"
        : options.defaultSeries());
    RetrainRequest request = new RetrainRequest(UUID.randomUUID().toString(), series,
        served.isEmpty() ? RetrainReason.INITIAL : RetrainReason.SCHEDULE, now, "routine-retrain-check",
        "model age " + age + " s");
    vertx.eventBus().request(Addresses.RETRAIN_REQUESTS, request, new DeliveryOptions().setSendTimeout(5000))
        .onComplete(reply -> {
          body.put("scheduled", reply.succeeded());
          if (reply.failed()) {
            body.put("detail", reply.cause() instanceof ReplyException e && e.failureType() == ReplyFailure.NO_HANDLERS
                ? "no trainer is running in the cluster" : "the trainer did not accept: " + reply.cause().getMessage());
          }
          ctx.response().putHeader("content-type", "application/json").end(body.encode());
        });
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
