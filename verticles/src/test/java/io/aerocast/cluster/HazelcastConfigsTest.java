package io.aerocast.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.FileSystemXmlConfig;
import io.aerocast.config.InvalidConfigException;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Verifies that the shipped Hazelcast configurations parse and say what the README promises. */
class HazelcastConfigsTest {

  @Test
  void bundledLaptopConfigJoinsOnLoopbackOnly() {
    Config config = HazelcastConfigs.load("");

    assertThat(config.getClusterName()).isEqualTo("aerocast");
    var join = config.getNetworkConfig().getJoin();
    assertThat(join.getMulticastConfig().isEnabled()).isFalse();
    assertThat(join.getTcpIpConfig().isEnabled()).isTrue();
    assertThat(join.getTcpIpConfig().getMembers()).containsExactly("127.0.0.1");
    assertThat(config.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("127.0.0.1");
    assertThat(config.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
    assertThat(config.getProperty("hazelcast.shutdownhook.enabled")).isEqualTo("false");
    assertThat(config.getMultiMapConfigs()).containsKey("__vertx.subs");
  }

  @Test
  void kubernetesVariantUsesDnsDiscovery() throws Exception {
    Properties props = new Properties();
    props.setProperty("hazelcast.kubernetes.service-dns", "aerocast-hz.default.svc.cluster.local");
    Config config = new FileSystemXmlConfig("../cluster/cluster-kubernetes.xml", props);

    var join = config.getNetworkConfig().getJoin();
    assertThat(join.getKubernetesConfig().isEnabled()).isTrue();
    assertThat(join.getKubernetesConfig().getProperty("service-dns")).isEqualTo("aerocast-hz.default.svc.cluster.local");
    assertThat(join.getTcpIpConfig().isEnabled()).isFalse();
    assertThat(config.getMultiMapConfigs()).containsKey("__vertx.subs");
  }

  @Test
  void missingFileIsAConfigErrorNotASilentDefault() {
    assertThatThrownBy(() -> HazelcastConfigs.load("/no/such/cluster.xml"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage("cluster.configFile: file not found: /no/such/cluster.xml");
  }
}
