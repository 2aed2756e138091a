package dev.ssotguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.testing.Golden;
import java.lang.reflect.Modifier;
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
    StringBuilder index =
        new StringBuilder("# Rules\n\nGenerated from the rule registry; do not edit by hand.\n\n");
    index.append("| ID | name | severity | environments | summary |\n|---|---|---|---|---|\n");
    for (RuleInfo info : registry.infos()) {
      index
          .append("| [")
          .append(info.id())
          .append("](")
          .append(info.id())
          .append(".md) | ")
          .append(info.name())
          .append(" | ")
          .append(info.severity().label())
          .append(" | ")
          .append(info.scope().label())
          .append(" | ")
          .append(info.summary())
          .append(" |\n");
    }
    Golden.assertMatches(DOCS.resolve("README.md"), index.toString());
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
