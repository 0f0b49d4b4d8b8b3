package io.aerocast.cluster;

import com.hazelcast.config.ClasspathXmlConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.FileSystemXmlConfig;
import io.aerocast.config.InvalidConfigException;

import java.io.FileNotFoundException;

/** Loads the Hazelcast member configuration for {@code --cluster}. */
public final class HazelcastConfigs {

  /** The laptop configuration bundled in the jar (a copy of cluster/cluster.xml). */
  public static final String BUNDLED = "cluster.xml";

  private HazelcastConfigs() {
  }

  /**
   * Loads {@code file}, or the bundled cluster.xml when it is blank. A missing file is an error, not a
   * silent fallback to defaults (which would form a different cluster than the operator meant).
   *
   * @throws InvalidConfigException when the file does not exist or is not valid Hazelcast XML
   */
  public static Config load(String file) {
    Config hazelcast;
    try {
      hazelcast = file == null || file.isBlank() ? new ClasspathXmlConfig(BUNDLED) : new FileSystemXmlConfig(file);
    } catch (FileNotFoundException e) {
      throw new InvalidConfigException("cluster.configFile", "file not found: " + file);
    } catch (RuntimeException e) {
      throw new InvalidConfigException("cluster.configFile", "not a valid Hazelcast XML file: " + e.getMessage());
    }
    // Never let Hazelcast call home: a forecasting node has no business on the internet.
    hazelcast.setProperty("hazelcast.phone.home.enabled", "false");
    hazelcast.setProperty("hazelcast.logging.type", "slf4j");
    return hazelcast;
  }
}
