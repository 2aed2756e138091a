package dev.ssotguard.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.model.Location;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compose's interpolation rules, case by case. */
class InterpolatorTest {
  private static final Map<String, String> VARS = Map.of("SET", "value", "EMPTY", "");
  private final Interpolator interpolator =
      new Interpolator(
          n ->
              VARS.containsKey(n)
                  ? new Interpolator.Binding(VARS.get(n), new Location(".env", 1, 1), false)
                  : null);

  private String v(String raw) {
    return interpolator.interpolate(raw).value();
  }

  private boolean complete(String raw) {
    return interpolator.interpolate(raw).complete();
  }

  @Test
  void followsComposeSemantics() {
    assertThat(v("${SET}")).isEqualTo("value");
    assertThat(v("$SET/x")).isEqualTo("value/x");
    assertThat(v("$$SET")).isEqualTo("$SET");
    assertThat(v("${UNSET:-d}")).isEqualTo("d");
    assertThat(v("${EMPTY:-d}")).isEqualTo("d");
    assertThat(v("${EMPTY-d}")).isEmpty();
    assertThat(v("${UNSET-d}")).isEqualTo("d");
    assertThat(v("${SET:+alt}")).isEqualTo("alt");
    assertThat(v("${EMPTY:+alt}")).isEmpty();
    assertThat(v("${EMPTY+alt}")).isEqualTo("alt");
    assertThat(v("${UNSET:-${SET}}")).isEqualTo("value");
    assertThat(v("${SET:?must be set}")).isEqualTo("value");
  }

  @Test
  void unknownVariablesStaySymbolicAndIncomplete() {
    assertThat(v("pre-${UNSET}-post")).isEqualTo("pre-${UNSET}-post");
    assertThat(complete("${UNSET}")).isFalse();
    assertThat(complete("${UNSET:?error}")).isFalse();
    assertThat(complete("${EMPTY:?error}")).isFalse();
    assertThat(complete("${UNSET:-d}")).isTrue();
    assertThat(complete("${SET}")).isTrue();
    assertThat(interpolator.interpolate("${SET}").used()).hasSize(1);
  }
}
