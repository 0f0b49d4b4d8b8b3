package io.aerocast.web;

import io.aerocast.bus.Addresses;
import io.aerocast.bus.ErrorCode;
import io.aerocast.bus.message.ForecastOutcome;
import io.aerocast.bus.message.Observation;
import io.aerocast.bus.message.RetrainReason;
import io.aerocast.bus.message.RetrainRequest;
import io.aerocast.config.PredictOptions;
import io.aerocast.metrics.PredictMetrics;
import io.aerocast.model.GruForecaster;
import io.aerocast.predict.EvalRequest;
import io.aerocast.predict.LatestObservations;
import io.aerocast.predict.ModelCatalog;
import io.aerocast.predict.PredictRequest;
import io.aerocast.predict.RequestError;
import io.aerocast.predict.RunningError;
import io.aerocast.predict.ServedModel;
import io.aerocast.registry.VersionIds;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The prediction routes: {@code POST /predict}, {@code POST /eval}, {@code GET /readyz}, {@code GET /latest},
 * {@code POST /routine-retrain-check}. A forecast is a
 * plain-Java forward pass of a few tens of microseconds, so it runs on the event loop: a hop to a worker
 * would cost more than the work. One instance per HTTP verticle, so per event loop.
 */
final class PredictionRoutes {

  private final Vertx vertx;
  private final PredictOptions options;
  private final ModelCatalog catalog;
  private final RunningError running;
  private final PredictMetrics metrics;
  private final ForecastJson forecastJson = new ForecastJson();
  private final LatestObservations latest;
  private final double[] maxAbsPerColumn;

  private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");

  PredictionRoutes(Vertx vertx, PredictOptions options) {
    this.vertx = vertx;
    this.options = options;
    this.catalog = ModelCatalog.of(vertx);
    this.running = RunningError.of(vertx);
    this.latest = LatestObservations.of(vertx);
    this.maxAbsPerColumn = options.maxAbsPerColumn();
    this.metrics = PredictMetrics.create(catalog);
  }

  void mount(Router router) {
    BodyHandler body = BodyHandler.create(false).setBodyLimit(options.maxBodyBytes()).setHandleFileUploads(false);
    router.post("/predict").handler(body).handler(ctx -> handle(ctx, PredictMetrics.Route.PREDICT, this::predict));
    router.post("/eval").handler(body).handler(ctx -> handle(ctx, PredictMetrics.Route.EVAL, this::eval));
    router.get("/readyz").handler(this::readyz);
    router.get("/latest").handler(this::latest);
    router.post("/routine-retrain-check").handler(this::routineRetrainCheck);
  }

  /** A route's work on a body that has passed the content-type check; returns the JSON response text. */
  private interface JsonRoute {
    String apply(Buffer body);
  }

  private void handle(RoutingContext ctx, PredictMetrics.Route route, JsonRoute handler) {
    long start = System.nanoTime();
    if (!HttpErrors.isJson(ctx.request())) {
      HttpErrors.send(ctx.response(), ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json");
      metrics.record(route, PredictMetrics.Outcome.CLIENT_ERROR, start);
      return;
    }
    try {
      String response = handler.apply(ctx.body().buffer());
      ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(response);
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
        : new RequestError(ErrorCode.NOT_FOUND, "no model for series '" + RequestError.shorten(series) + "'"));
  }

  private String predict(Buffer body) {
    PredictRequest request = PredictRequest.read(body, options.maxBatch(), maxAbsPerColumn);
    ServedModel served = model(request.series());
    GruForecaster model = served.model();
    request.checkShape(model.spec().window(), model.spec().rawFeatures().size());
    double[][][] windows = request.windows();
    double[] forecasts = new double[windows.length];
    for (int i = 0; i < windows.length; i++) {
      forecasts[i] = model.forecast(windows[i], request.end());
    }
    return forecastJson.write(served, request.end().plusSeconds(model.spec().stepSeconds()), forecasts,
        request.batch());
  }

  private String eval(Buffer body) {
    EvalRequest request = EvalRequest.read(body, options.maxAbsTemperature());
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
        .put("drift_flagged", flagged).encode();
  }

  /**
   * The newest observation received by this node's prediction role ({@code ?series=} for one series):
   * {@code {"series","ts","temperature","windspeed","pressure","source"}}, a missing value as null.
   */
  private void latest(RoutingContext ctx) {
    String series = ctx.queryParams().get("series");
    if (series != null && (series.isBlank() || series.length() > 200)) {
      HttpErrors.send(ctx.response(), ErrorCode.BAD_REQUEST, "series: must be a non-empty id of at most 200 characters");
      return;
    }
    Optional<Observation> newest = series == null ? latest.newest() : latest.of(series);
    if (newest.isEmpty()) {
      HttpErrors.send(ctx.response(), ErrorCode.NOT_FOUND, series == null ? "no observation received yet"
          : "no observation received yet for series '" + RequestError.shorten(series) + "'");
      return;
    }
    Observation o = newest.get();
    JsonObject body = new JsonObject().put("series", o.series()).put("ts", o.time().toString())
        .put("temperature", orNull(o.temperature())).put("windspeed", orNull(o.windSpeed()))
        .put("pressure", orNull(o.pressure())).put("source", o.source());
    ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(body.encode());
  }

  private static Double orNull(double value) {
    return Double.isNaN(value) ? null : value;
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
}
