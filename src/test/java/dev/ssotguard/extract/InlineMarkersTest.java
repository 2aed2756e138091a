package dev.ssotguard.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.model.InlineSuppression;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ssot:ignore comments are read with the file's text, in any comment syntax, at the right line. */
class InlineMarkersTest {
  @Test
  void readsRulesReasonAndLineInAnyCommentSyntax() {
    String text =
        """
        a: 1
        # ssot:ignore SSOT301 -- cache warm-up file
        url: sqlite:///tmp/c.db
        x = 1  // ssot:ignore SSOT901, SSOT902
        <!-- ssot:ignore SSOT101 -- docs only -->
        /* ssot:ignore SSOT601 */
        ssot:ignore nothing here
        """;
    List<InlineSuppression> markers = InlineMarkers.read("app/config.yml", text);
    assertThat(markers)
        .extracting(m -> m.location().line(), InlineSuppression::rules, InlineSuppression::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, List.of("SSOT301"), "cache warm-up file"),
            org.assertj.core.groups.Tuple.tuple(4, List.of("SSOT901", "SSOT902"), null),
            org.assertj.core.groups.Tuple.tuple(5, List.of("SSOT101"), "docs only"),
            org.assertj.core.groups.Tuple.tuple(6, List.of("SSOT601"), null));
    assertThat(markers.get(0).covers("SSOT301", 3)).isTrue();
    assertThat(markers.get(0).covers("SSOT301", 2)).isTrue();
    assertThat(markers.get(0).covers("SSOT301", 4)).isFalse();
    assertThat(markers.get(0).covers("SSOT901", 3)).isFalse();
  }

  @Test
  void manyMarkersStayLinear() {
    String text = "# ssot:ignore SSOT901 -- x\n".repeat(100_000);
    long start = System.nanoTime();
    assertThat(InlineMarkers.read("f", text))
        .hasSize(100_000)
        .last()
        .satisfies(m -> assertThat(m.location().line()).isEqualTo(100_000));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
  }

  @Test
  void aHugeListOfRulesIsNotAStackOverflow() {
    assertThat(InlineMarkers.read("f", "# ssot:ignore " + "SSOT901 ".repeat(100_000) + "\n"))
        .isEmpty();
  }
}
