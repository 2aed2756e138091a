package dev.ssotguard.formats.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotguard.formats.ParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;

/** The text-only depth bound that lets most files skip the event pass is never below the truth. */
class DepthBoundTest {
  @Test
  void neverBelowTheRealDepthOfMixedNestings() {
    Random random = new Random(7);
    int deepest = 0;
    for (int round = 0; round < 400; round++) {
      String yaml = nest(random, 1 + random.nextInt(120));
      int depth = realDepth(yaml);
      deepest = Math.max(deepest, depth);
      assertThat(YamlLoader.depthBound(yaml))
          .as("bound of%n%s", yaml)
          .isGreaterThanOrEqualTo(depth);
    }
    assertThat(deepest).as("the generator reaches real depths").isGreaterThan(40);
  }

  @Test
  void compactSequencesOnOneLineAreCounted() {
    String yaml = "- ".repeat(300) + "x\n";
    assertThat(realDepth(yaml)).isEqualTo(300);
    assertThat(YamlLoader.depthBound(yaml)).isGreaterThan(YamlLoader.MAX_DEPTH);
  }

  @Test
  void anOrdinaryComposeFileSkipsTheEventPass() {
    String compose =
        """
        services:
          api:
            image: ghcr.io/acme/api:1
            environment:
              DATABASE_URL: postgresql://u@db/app
            ports: ["8080:8080"]
        """;
    assertThat(YamlLoader.depthBound(compose)).isLessThanOrEqualTo(YamlLoader.MAX_DEPTH);
  }

  /** Block mappings and compact sequences, ended by an indentless sequence, flow or a scalar. */
  private static String nest(Random random, int levels) {
    StringBuilder sb = new StringBuilder();
    int indent = 0;
    for (int level = 0; level < levels; level++) {
      if (random.nextBoolean()) {
        sb.append(" ".repeat(indent)).append("k").append(level).append(":\n");
        indent += 1 + random.nextInt(2);
      } else {
        int dashes = 1 + random.nextInt(3);
        sb.append(" ".repeat(indent)).append("- ".repeat(dashes)).append("k").append(level);
        sb.append(":\n");
        indent += 2 * dashes + 1;
      }
    }
    String pad = " ".repeat(indent);
    int flow = 1 + random.nextInt(6);
    StringBuilder ended =
        switch (random.nextInt(3)) {
          // An indentless sequence under a key: at the same column as its mapping.
          case 0 ->
              sb.append(pad)
                  .append("key:\n")
                  .append(pad)
                  .append("- ")
                  .append("[".repeat(flow))
                  .append("v")
                  .append("]".repeat(flow))
                  .append('\n');
          case 1 ->
              sb.append(pad)
                  .append("key: ")
                  .append("{a: ".repeat(flow))
                  .append("v")
                  .append("}".repeat(flow))
                  .append('\n');
          default -> sb.append(pad).append("leaf\n");
        };
    return ended.toString();
  }

  private static int realDepth(String yaml) {
    int depth = 0;
    int max = 0;
    for (Event e : new Parse(LoadSettings.builder().build()).parseString(yaml)) {
      switch (e.getEventId()) {
        case MappingStart, SequenceStart -> max = Math.max(max, ++depth);
        case MappingEnd, SequenceEnd -> depth--;
        default -> {}
      }
    }
    return max;
  }

  @Test
  void oneLongLineIsAParseErrorAtOnceNotSecondsOfWork() {
    String oneLine = "a: " + "x".repeat(2_000_000);
    long start = System.nanoTime();
    assertThatThrownBy(() -> new YamlLoader(4 << 20).load(oneLine))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("over 128 KiB");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    String json = "[" + "1,".repeat(1_000_000) + "1]";
    assertThatThrownBy(() -> new YamlLoader(4 << 20).load(json))
        .hasMessageContaining("over 128 KiB");
  }

  @Test
  void aWideButShallowFileSkipsTheEventPass() {
    StringBuilder wide = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      wide.append("k").append(i).append(": {a: [1, 2, {b: c}]}\n");
    }
    assertThat(YamlLoader.depthBound(wide.toString())).isLessThanOrEqualTo(YamlLoader.MAX_DEPTH);
  }
}
