package io.aerocast.cli;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bench http-floor}: a bare Vert.x HTTP server (same transport and event-loop count as a node) that
 * reads each request's body and answers a constant JSON object. A load generator pointed at it measures
 * what the box, the generator and Vert.x cost with no application work: the floor under every route's
 * latency. {@code bench/predict-load.sh} measures it next to /predict. Runs until interrupted.
 */
@Command(name = "http-floor", mixinStandardHelpOptions = true,
    description = "Bare HTTP server answering a constant, to measure the latency floor of the box. Runs until stopped.")
final class BenchHttpFloorCommand implements Callable<Integer> {

  @Option(names = "--port", defaultValue = "18001", description = "TCP port on 127.0.0.1 (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--instances", defaultValue = "0",
      description = "Event loops serving the port; 0: one per core, like http.instances (default ${DEFAULT-VALUE}).")
  int instances;

  @Override
  public Integer call() throws InterruptedException {
    int loops = instances > 0 ? instances : Runtime.getRuntime().availableProcessors();
    Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
    Buffer answer = Buffer.buffer("{\"ok\":true}");
    vertx.deployVerticle(() -> new VerticleBase() {
      @Override
      public Future<?> start() {
        return vertx.createHttpServer()
            .requestHandler(request -> request.body().onSuccess(body -> request.response()
                .putHeader("content-type", "application/json").end(answer)))
            .listen(port, "127.0.0.1");
      }
    }, new DeploymentOptions().setInstances(loops))
        .onSuccess(id -> System.out.println("http-floor listening on 127.0.0.1:" + port + " [event loops: " + loops
            + "] [native transport: " + vertx.isNativeTransportEnabled() + "]"))
        .onFailure(e -> {
          System.err.println("http-floor: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
          System.exit(1);
        });
    new CountDownLatch(1).await();
    return 0;
  }
}
