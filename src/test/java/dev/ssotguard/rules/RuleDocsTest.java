package dev.ssotguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.testing.Golden;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/rules is generated from the registry: this test fails when a page is stale. Regenerate with
 * {@code ./mvnw test -Dtest=RuleDocsTest -Dgolden.update=true}.
 */
class RuleDocsTest {
  private static final Path DOCS = Path.of("docs/rules");
  private final RuleRegistry registry = new RuleRegistry();

  @Test
  void everyRulePageIsCurrent() {
    for (RuleInfo info : registry.infos()) {
      Golden.assertMatches(DOCS.resolve(info.id() + ".md"), RuleDocs.page(info));
    }
  }

  @Test
  void indexIsCurrent() {
    Golden.assertMatches(
        DOCS.resolve("README.md"),
        "# Rules\n\nGenerated from the rule registry; do not edit by hand.\n\n"
            + RuleDocs.table(registry.infos(), ""));
  }

  /** The README's table under "### Rules" is the registry's; regenerate it from the message. */
  @Test
  void readmeRuleTableIsCurrent() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String table = RuleDocs.table(registry.infos(), "docs/rules/");
    assertThat(readme)
        .as("README.md's rule table is stale; replace it with:%n%s", table)
        .contains("### Rules\n\n" + table + "\n");
  }

  @Test
  void rulesAreFinalClassesWithUniqueIdsInOrder() {
    List<String> ids = registry.infos().stream().map(RuleInfo::id).toList();
    assertThat(ids).doesNotHaveDuplicates().isSorted();
    for (Rule rule : registry.rules()) {
      assertThat(Modifier.isFinal(rule.getClass().getModifiers()))
          .as(rule.getClass().getName())
          .isTrue();
      assertThat(rule.info().summary()).doesNotEndWith(".");
      assertThat(rule.info().id()).matches("SSOT\\d{3}");
      assertThat(rule.info().name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
  }
}
