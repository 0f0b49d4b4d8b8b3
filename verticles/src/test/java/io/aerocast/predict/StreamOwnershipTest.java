package io.aerocast.predict;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifies that each series has exactly one owner and that a leaving node only moves its own series. */
class StreamOwnershipTest {

  private static String owner(List<String> nodes, String series) {
    List<String> owners = nodes.stream().filter(n -> new StreamOwnership(n, () -> nodes).owns(series)).toList();
    assertThat(owners).as("owners of %s among %s", series, nodes).hasSize(1);
    return owners.get(0);
  }

  @Test
  void everySeriesHasOneOwnerAndALeaveMovesOnlyTheLeaversSeries() {
    List<String> three = List.of("node-a", "node-b", "node-c");
    List<String> two = List.of("node-a", "node-c");
    Map<String, Integer> perNode = new HashMap<>();
    for (int i = 0; i < 300; i++) {
      String series = "station-" + i;
      String before = owner(three, series);
      perNode.merge(before, 1, Integer::sum);
      String after = owner(two, series);
      if (!before.equals("node-b")) {
        assertThat(after).as("series %s stays where it was", series).isEqualTo(before);
      }
    }
    // Spread: each of three nodes owns a fair share (expected 100 each).
    assertThat(perNode.values()).allSatisfy(count -> assertThat(count).isBetween(70, 130));
  }

  @Test
  void aNodeAloneOwnsEverythingEvenBeforeItsFirstHeartbeat() {
    assertThat(new StreamOwnership("solo", List::of).owns("any")).isTrue();
    assertThat(new StreamOwnership("solo", () -> List.of("solo")).owns("any")).isTrue();
  }
}
