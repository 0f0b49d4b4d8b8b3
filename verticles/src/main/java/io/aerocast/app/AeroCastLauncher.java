package io.aerocast.app;

import com.hazelcast.config.Config;
import io.aerocast.cli.AeroCastCommands;
import io.aerocast.cluster.HazelcastConfigs;
import io.aerocast.config.AeroCastConfig;
import io.aerocast.config.ConfigLoader;
import io.aerocast.config.InvalidConfigException;
import io.vertx.launcher.application.VertxApplication;

import java.io.PrintStream;

/**
 * Entry point of {@code aerocast.jar}.
 *
 * <ul>
 *   <li>{@code java -jar aerocast.jar}: every role in one JVM, no cluster, embedded defaults;</li>
 *   <li>{@code java -jar aerocast.jar --cluster [--roles feed,predict] [-conf FILE]}: a cluster node;</li>
 *   <li>{@code java -jar aerocast.jar <verticle class> [--cluster] [-conf FILE]}: one verticle, the
 *       way {@code vertx run} did before Vert.x 5 removed that CLI.</li>
 * </ul>
 * The configuration is loaded and validated before Vert.x starts, so a bad value ends the process
 * with exit code {@value #EXIT_BAD_CONFIG} and one line on stderr, not a stack trace or a half-joined
 * cluster. Everything else is the standard {@link VertxApplication}, with {@link AeroCastHooks}.
 */
public final class AeroCastLauncher {

  /** Exit code for invalid configuration or arguments (EX_USAGE of sysexits.h). */
  public static final int EXIT_BAD_CONFIG = 64;

  private AeroCastLauncher() {
  }

  public static void main(String[] args) {
    // Before any Hazelcast class loads: route its logging (including config parsing) through SLF4J.
    System.setProperty("hazelcast.logging.type", "slf4j");
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the launcher; returns 0 once the node is deployed, or an exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && AeroCastCommands.NAMES.contains(args[0])) {
      return AeroCastCommands.run(args);
    }
    LaunchArguments launch;
    try {
      launch = LaunchArguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("aerocast: " + e.getMessage() + " (see --help)");
      return EXIT_BAD_CONFIG;
    }
    if (launch.help()) {
      out.print(usage());
      return 0;
    }
    AeroCastHooks hooks;
    try {
      AeroCastConfig config =
          ConfigLoader.loadBlocking(ConfigLoader.Sources.ofProcess(launch.conf(), launch.configOverrides()));
      Config hazelcast = launch.clustered() ? HazelcastConfigs.load(config.cluster().configFile()) : null;
      hooks = new AeroCastHooks(config, hazelcast, launch.verticleClass());
    } catch (InvalidConfigException e) {
      err.println("aerocast: invalid configuration: " + e.getMessage());
      return EXIT_BAD_CONFIG;
    }
    return new Application(launch.passThrough().toArray(String[]::new), hooks).launch();
  }

  /** The standard launcher, minus its second (ANSI) usage dump after picocli already printed one. */
  private static final class Application extends VertxApplication {
    Application(String[] args, AeroCastHooks hooks) {
      super(args, hooks, false, true);
    }
  }

  static String usage() {
    return """
        AeroCast: streaming forecasts with drift detection and self-healing retraining.

        Usage:
          java -jar aerocast.jar [--cluster] [--roles ROLES] [-conf FILE|JSON] [vert.x options]
          java -jar aerocast.jar <verticle class> [--cluster] [-conf FILE|JSON]
          java -jar aerocast.jar train --data FILE [--out DIR] [--epochs N]      (see train --help)
          java -jar aerocast.jar bench accuracy --data FILE [--out F] [--plot F] (see bench accuracy --help)

        Options:
          --cluster          join the Hazelcast cluster (config: cluster.configFile, default the
                             bundled cluster.xml: TCP-IP on 127.0.0.1)
          --roles ROLES      comma-separated roles to run: feed,land,predict,drift,train (default all)
          -conf FILE|JSON    config file or inline JSON; AEROCAST_CONF names a file too
          -h, --help         this help

        Config precedence (later wins): defaults, -conf file, -Daerocast.<section>.<key>,
        AEROCAST_<SECTION>_<KEY> environment variables, --roles. README.md lists every key.
        Vert.x launcher options such as --instances, --cluster-host and --cluster-port pass through.
        """;
  }
}
