package io.aerocast.config;

import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Loads the layered configuration with vertx-config. Later layers win:
 * <ol>
 *   <li>embedded defaults ({@link AeroCastConfig#defaults()});</li>
 *   <li>the conf file ({@code -conf FILE}, else {@code AEROCAST_CONF}), or inline JSON given to {@code -conf};</li>
 *   <li>system properties {@code -Daerocast.<section>.<key>=value};</li>
 *   <li>environment variables {@code AEROCAST_<SECTION>_<KEY>};</li>
 *   <li>command-line flags that map to keys ({@code --roles}).</li>
 * </ol>
 * Each textual layer is parsed and type-checked on its own, so an error names the variable or
 * property that carried the bad value.
 */
public final class ConfigLoader {

  /** Environment variable naming the conf file when {@code -conf} is not given. */
  public static final String CONF_ENV = "AEROCAST_CONF";

  private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);

  /**
   * Everything configuration can come from. Environment and system properties are passed in (not
   * read from globals here) so the precedence rules can be tested without forking a JVM.
   *
   * @param conf         the {@code -conf} argument: a file path or inline JSON; null when absent
   * @param env          environment variables
   * @param systemProps  system properties
   * @param cliOverrides values from command-line flags, by key path (e.g. {@code node.roles})
   */
  public record Sources(String conf, Map<String, String> env, Map<String, String> systemProps,
      Map<String, String> cliOverrides) {

    public Sources {
      env = Map.copyOf(env);
      systemProps = Map.copyOf(systemProps);
      cliOverrides = Map.copyOf(cliOverrides);
    }

    /** Sources of a real process: its environment and system properties. */
    public static Sources ofProcess(String conf, Map<String, String> cliOverrides) {
      Map<String, String> props = new HashMap<>();
      System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
      return new Sources(conf, System.getenv(), props, cliOverrides);
    }
  }

  private ConfigLoader() {
  }

  /** Loads and validates the configuration. Fails with {@link InvalidConfigException}. */
  public static Future<AeroCastConfig> load(Vertx vertx, Sources sources) {
    Map<String, String> origins = new HashMap<>();
    ConfigRetrieverOptions options = new ConfigRetrieverOptions().setIncludeDefaultStores(false);
    try {
      options.addStore(json(AeroCastConfig.defaults()));
      String conf = sources.conf() != null ? sources.conf() : sources.env().get(CONF_ENV);
      String confOrigin = null;
      if (conf != null && !conf.isBlank()) {
        if (conf.trim().startsWith("{")) {
          confOrigin = "inline -conf JSON";
          options.addStore(json(parseInline(conf)));
        } else {
          Path file = Path.of(conf);
          confOrigin = "conf file " + conf;
          if (!Files.isRegularFile(file)) {
            throw new InvalidConfigException("conf", "file not found: " + file.toAbsolutePath());
          }
          options.addStore(new ConfigStoreOptions().setType("file").setFormat("json")
              .setConfig(new JsonObject().put("path", file.toAbsolutePath().toString())));
        }
      }
      options.addStore(json(systemPropertyLayer(sources.systemProps(), origins)));
      options.addStore(json(environmentLayer(sources.env(), origins)));
      options.addStore(json(cliLayer(sources.cliOverrides(), origins)));
      String fileOrigin = confOrigin;
      ConfigRetriever retriever = ConfigRetriever.create(vertx, options);
      return retriever.getConfig()
          .eventually(retriever::close)
          .recover(e -> Future.failedFuture(e instanceof InvalidConfigException ? e
              : new InvalidConfigException("conf", "cannot read " + fileOrigin + ": " + oneLine(e))))
          .map(merged -> AeroCastConfig.from(merged, path -> origins.getOrDefault(path, fileOrigin)));
    } catch (InvalidConfigException e) {
      return Future.failedFuture(e);
    }
  }

  /**
   * Loads the configuration before the application's Vert.x instance exists (the cluster settings are
   * part of it), on a short-lived Vert.x instance, blocking the calling (main) thread.
   */
  public static AeroCastConfig loadBlocking(Sources sources) {
    Vertx vertx = Vertx.vertx();
    try {
      return load(vertx, sources).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InvalidConfigException invalid) {
        throw invalid;
      }
      throw new InvalidConfigException("conf", oneLine(e.getCause()));
    } catch (TimeoutException e) {
      throw new InvalidConfigException("conf", "timed out reading the configuration");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InvalidConfigException("conf", "interrupted while reading the configuration");
    } finally {
      vertx.close();
    }
  }

  private static ConfigStoreOptions json(JsonObject config) {
    return new ConfigStoreOptions().setType("json").setConfig(config);
  }

  private static JsonObject parseInline(String conf) {
    try {
      return new JsonObject(conf);
    } catch (RuntimeException e) {
      throw new InvalidConfigException("conf", "inline -conf is not a JSON object: " + oneLine(e));
    }
  }

  /** {@code aerocast.<section>.<key>} properties. A property in a known section that names no key is an error. */
  static JsonObject systemPropertyLayer(Map<String, String> props, Map<String, String> origins) {
    JsonObject layer = new JsonObject();
    Map<String, ConfigKey> byName = new LinkedHashMap<>();
    AeroCastConfig.allKeys().forEach(k -> byName.put(k.systemPropertyName(), k));
    Set<String> sections = AeroCastConfig.schema().keySet();
    for (Map.Entry<String, String> prop : props.entrySet()) {
      String name = prop.getKey();
      ConfigKey key = byName.get(name);
      if (key != null) {
        String origin = "-D" + name;
        put(layer, key, key.parseText(prop.getValue(), origin));
        origins.put(key.path(), origin);
      } else if (name.startsWith("aerocast.")) {
        String rest = name.substring("aerocast.".length());
        int dot = rest.indexOf('.');
        if (dot > 0 && sections.contains(rest.substring(0, dot))) {
          throw new InvalidConfigException(rest, "unknown config key (from -D" + name + ")");
        }
      }
    }
    return layer;
  }

  /**
   * {@code AEROCAST_<SECTION>_<KEY>} variables. Unknown AEROCAST_ variables are logged and ignored, not
   * refused: Kubernetes injects service variables such as {@code AEROCAST_PORT} on its own.
   */
  static JsonObject environmentLayer(Map<String, String> env, Map<String, String> origins) {
    JsonObject layer = new JsonObject();
    Map<String, ConfigKey> byName = new LinkedHashMap<>();
    AeroCastConfig.allKeys().forEach(k -> byName.put(k.envName(), k));
    for (Map.Entry<String, String> variable : env.entrySet()) {
      String name = variable.getKey();
      ConfigKey key = byName.get(name);
      if (key != null) {
        put(layer, key, key.parseText(variable.getValue(), name));
        origins.put(key.path(), name);
      } else if (name.startsWith("AEROCAST_") && !name.equals(CONF_ENV)) {
        LOG.warn("Ignoring environment variable that names no config key [variable: {}]", name);
      }
    }
    return layer;
  }

  static JsonObject cliLayer(Map<String, String> overrides, Map<String, String> origins) {
    JsonObject layer = new JsonObject();
    for (Map.Entry<String, String> override : overrides.entrySet()) {
      ConfigKey key = AeroCastConfig.allKeys().stream().filter(k -> k.path().equals(override.getKey())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no config key " + override.getKey()));
      String origin = "--" + key.name();
      put(layer, key, key.parseText(override.getValue(), origin));
      origins.put(key.path(), origin);
    }
    return layer;
  }

  private static void put(JsonObject layer, ConfigKey key, Object value) {
    AeroCastConfig.sectionOf(layer, key.section()).put(key.name(), value);
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
