package dev.ssotguard.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonGateTest {
  private final JsonGate gate =
      new JsonGate(
          new JsonTriggers(Set.of("apiVersion"), Set.of("pass", "sslmode"), Set.of("sqlite3")));

  @Test
  void opensOnATriggerKeyOrValue() {
    assertThat(gate.opens("{\"kind\": \"Pod\", \"apiVersion\": \"v1\"}")).isTrue();
    assertThat(gate.opens("{\"db\": {\"DB_PASSWORD\" : \"x\"}}")).isTrue();
    assertThat(gate.opens("{\"PGSSLMODE\":\"disable\"}")).isTrue();
    assertThat(gate.opens("{\"adapter\": \"SQLite3\"}")).isTrue();
    assertThat(gate.opens("[\"sqlite3\"]")).isTrue();
  }

  @Test
  void staysClosedWhenTheWordIsOnTheOtherSideOrPartOfALongerString() {
    // A value naming a password key, a key named like a value, an exact key in a longer key.
    assertThat(gate.opens("{\"label\": \"password\"}")).isFalse();
    assertThat(gate.opens("{\"sqlite3\": 1}")).isFalse();
    assertThat(gate.opens("{\"apiVersionX\": 1, \"adapter\": \"sqlite3-wasm\"}")).isFalse();
    assertThat(gate.opens("{\"name\": \"lock\", \"packages\": {}}")).isFalse();
  }

  @Test
  void escapedQuotesDoNotShiftTokensAndBrokenTextEnds() {
    // The escaped quote keeps "password\": " inside the first value.
    assertThat(gate.opens("{\"note\": \"say \\\"password\\\": now\"}")).isFalse();
    assertThat(gate.opens("{\"note\": \"ends in a backslash \\\\\", \"pass\": \"x\"}")).isTrue();
    assertThat(gate.opens("{\"unterminated: \"")).isFalse();
    assertThat(gate.opens("\"".repeat(100_001))).isFalse();
  }
}
