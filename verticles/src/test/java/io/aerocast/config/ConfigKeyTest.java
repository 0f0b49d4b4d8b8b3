package io.aerocast.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifies the external names of config keys, and that README documents every one of them. */
class ConfigKeyTest {

  @Test
  void environmentAndPropertyNamesFollowTheContract() {
    assertThat(HttpOptions.PORT.envName()).isEqualTo("AEROCAST_HTTP_PORT");
    assertThat(NodeOptions.HEARTBEAT_MILLIS.envName()).isEqualTo("AEROCAST_NODE_HEARTBEAT_MILLIS");
    assertThat(ClusterOptions.CONFIG_FILE.envName()).isEqualTo("AEROCAST_CLUSTER_CONFIG_FILE");
    assertThat(HttpOptions.PORT.systemPropertyName()).isEqualTo("aerocast.http.port");
  }

  @Test
  void readmeDocumentsEveryKeyWithItsVariable() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (ConfigKey key : AeroCastConfig.allKeys()) {
      assertThat(readme).as("README documents %s", key.path()).contains("`" + key.path() + "`");
      assertThat(readme).as("README documents %s", key.envName()).contains("`" + key.envName() + "`");
    }
  }
}
