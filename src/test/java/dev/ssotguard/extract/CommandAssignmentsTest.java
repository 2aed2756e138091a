package dev.ssotguard.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.formats.yaml.YScalar;
import dev.ssotguard.formats.yaml.YSeq;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandAssignmentsTest {
  private static YScalar scalar(String text) {
    return new YScalar(text, false, 1, 1);
  }

  @Test
  void exportsAndInlineAssignmentsInAShellCommandAreFound() {
    YSeq command =
        new YSeq(
            List.of(
                scalar("/bin/sh"),
                scalar("-c"),
                scalar("export APP_DB_URL=\"postgresql://a@b/c\"; OTHER=1 exec app --flag=x")),
            1,
            1);
    assertThat(CommandAssignments.of(command, null))
        .containsExactlyInAnyOrder("APP_DB_URL", "OTHER");
  }

  @Test
  void optionsComparisonsAndPlainArgumentsAreNotAssignments() {
    assertThat(CommandAssignments.of(scalar("app --db-url=x && test \"$A\" == b"))).isEmpty();
    assertThat(CommandAssignments.of(scalar("langflow run"))).isEmpty();
  }

  @Test
  void aHugeCommandIsReadOnlyToItsLimitAndNamesAreCapped() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      many.append("V").append(i).append("=1 ");
    }
    assertThat(CommandAssignments.of(scalar(many.toString()))).hasSize(64);
    String late = "x".repeat(20_000) + " LATE=1";
    assertThat(CommandAssignments.of(scalar(late))).isEmpty();
  }
}
