package dev.ssotguard.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentGateTest {
  private final DocumentGate gate =
      new DocumentGate(
          new DocumentTriggers(
              Set.of("services"), Set.of("pass", "sslmode"), Set.of("sqlite3", "statefulset")));

  @Test
  void jsonOpensOnATriggerKeyOrValue() {
    assertThat(gate.opensJson("{\"kind\": \"StatefulSet\", \"apiVersion\": \"apps/v1\"}")).isTrue();
    assertThat(gate.opensJson("{\"db\": {\"DB_PASSWORD\" : \"x\"}}")).isTrue();
    assertThat(gate.opensJson("{\"PGSSLMODE\":\"disable\"}")).isTrue();
    assertThat(gate.opensJson("{\"adapter\": \"SQLite3\"}")).isTrue();
    assertThat(gate.opensJson("[\"sqlite3\"]")).isTrue();
    assertThat(gate.opensJson("{\"services\": {}}")).isTrue();
  }

  @Test
  void jsonStaysShutWhenTheWordIsOnTheOtherSideOrPartOfALongerString() {
    // A value naming a password key, a key named like a value, an exact key in a longer key.
    assertThat(gate.opensJson("{\"label\": \"password\"}")).isFalse();
    assertThat(gate.opensJson("{\"sqlite3\": 1}")).isFalse();
    assertThat(gate.opensJson("{\"servicesX\": 1, \"adapter\": \"sqlite3-wasm\"}")).isFalse();
    assertThat(gate.opensJson("{\"name\": \"lock\", \"packages\": {}}")).isFalse();
  }

  @Test
  void jsonEscapedQuotesDoNotShiftTokensAndBrokenTextEnds() {
    // The escaped quote keeps "password\": " inside the first value.
    assertThat(gate.opensJson("{\"note\": \"say \\\"password\\\": now\"}")).isFalse();
    assertThat(gate.opensJson("{\"note\": \"ends in a backslash \\\\\", \"pass\": \"x\"}"))
        .isTrue();
    assertThat(gate.opensJson("{\"unterminated: \"")).isFalse();
    assertThat(gate.opensJson("\"".repeat(100_001))).isFalse();
  }

  @Test
  void yamlOpensOnBlockFlowQuotedAndListKeysAndValues() {
    assertThat(gate.opensYaml("production:\n  adapter: sqlite3 # local\n")).isTrue();
    assertThat(gate.opensYaml("kind: StatefulSet\napiVersion: apps/v1\n")).isTrue();
    assertThat(gate.opensYaml("env:\n  - DB_PASSWORD: x\n")).isTrue();
    assertThat(gate.opensYaml("cfg: {\"db_pass\": x, mode: y}\n")).isTrue();
    assertThat(gate.opensYaml("'PGSSLMODE' : require\n")).isTrue();
    assertThat(gate.opensYaml("drivers: [postgres, 'sqlite3']\n")).isTrue();
    assertThat(gate.opensYaml("services:\n  api:\n    image: x\n")).isTrue();
    assertThat(gate.opensYaml("a: b\r\nservices:\r\n")).isTrue();
  }

  @Test
  void yamlStaysShutForCommentsUrlsPartsOfWordsAndValuesNamedLikeKeys() {
    assertThat(gate.opensYaml("# adapter: sqlite3\nname: x\n")).isFalse();
    assertThat(gate.opensYaml("url: sqlite3://x\nlabel: password\n")).isFalse();
    assertThat(gate.opensYaml("kind: ConfigMap\ndata:\n  services_url: x\n")).isFalse();
    assertThat(gate.opensYaml("openapi: 3.0.3\npaths:\n  /services/{id}:\n    get: {}\n"))
        .isFalse();
  }

  @Test
  void yamlFreeTextWithAnApostropheIsStillRead() {
    assertThat(gate.opensYaml("note: 'tis the season\nadapter: sqlite3\n")).isTrue();
    assertThat(gate.opensYaml("- \"unterminated\n")).isFalse();
    assertThat(gate.opensYaml("'".repeat(50_001) + "\n" + "-".repeat(50_000))).isFalse();
  }
}
