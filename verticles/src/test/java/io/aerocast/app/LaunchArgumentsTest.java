package io.aerocast.app;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Verifies how the command line is split between AeroCast and the Vert.x launcher. */
class LaunchArgumentsTest {

  @Test
  void nodeModeWithClusterRolesAndConf() {
    LaunchArguments args = LaunchArguments.parse(
        new String[] {"--cluster", "--roles", "predict,drift", "-conf", "conf/aerocast.json", "--instances", "2"});

    assertThat(args.clustered()).isTrue();
    assertThat(args.conf()).isEqualTo("conf/aerocast.json");
    assertThat(args.configOverrides()).isEqualTo(Map.of("node.roles", "predict,drift"));
    assertThat(args.verticleClass()).isNull();
    assertThat(args.passThrough()).containsExactly("--cluster", "--instances", "2");
  }

  @Test
  void singleVerticleTheVertxRunWay() {
    LaunchArguments args = LaunchArguments.parse(
        new String[] {"io.aerocast.web.HttpServerVerticle", "-cluster", "--conf={\"http\":{\"port\":8100}}"});

    assertThat(args.verticleClass()).isEqualTo("io.aerocast.web.HttpServerVerticle");
    assertThat(args.clustered()).isTrue();
    assertThat(args.conf()).isEqualTo("{\"http\":{\"port\":8100}}");
    assertThat(args.passThrough()).isEqualTo(List.of("io.aerocast.web.HttpServerVerticle", "-cluster"));
  }

  @Test
  void inlineJsonAfterConfIsAValueNotAFlag() {
    assertThat(LaunchArguments.parse(new String[] {"-conf", "{\"a\":1}"}).conf()).isEqualTo("{\"a\":1}");
  }

  @Test
  void flagWithoutValueIsRefused() {
    assertThatThrownBy(() -> LaunchArguments.parse(new String[] {"--roles"}))
        .hasMessage("--roles needs a value");
    assertThatThrownBy(() -> LaunchArguments.parse(new String[] {"-conf", "--cluster"}))
        .hasMessage("-conf needs a value");
  }

  @Test
  void help() {
    assertThat(LaunchArguments.parse(new String[] {"--help"}).help()).isTrue();
    assertThat(AeroCastLauncher.usage()).contains("--roles", "--cluster", "-conf");
  }
}
