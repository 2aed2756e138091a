package dev.ssotguard.rules;

import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.knowledge.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule's documentation page: a header generated from its {@link RuleInfo} and the hand-written
 * body shipped in the jar. {@code docs/rules/SSOTnnn.md} is this page, checked by a test.
 */
public final class RuleDocs {
  private RuleDocs() {}

  public static String page(RuleInfo info) {
    return "# "
        + info.id()
        + " "
        + info.name()
        + "\n\n"
        + "| severity | environments | policy section |\n|---|---|---|\n"
        + "| "
        + info.severity().label()
        + " | "
        + scopeText(info)
        + " | "
        + info.section()
        + " |\n\n"
        + info.summary()
        + ".\n\n"
        + body(info.id()).replace(TOOL_TABLE, toolTable()).strip()
        + "\n";
  }

  /** Where a page's body wants the table of knowledge/tools.yaml. */
  private static final String TOOL_TABLE = "{{tools.yaml}}";

  /** The tools the knowledge base knows: the settings that choose their store, and the default. */
  static String toolTable() {
    StringBuilder table =
        new StringBuilder("| tool | setting | default | judged by |\n|---|---|---|---|\n");
    for (Tool tool : KnowledgeLoader.builtin().tools()) {
      List<String> settings = new ArrayList<>();
      for (String selector : tool.selectorVariables()) {
        settings.add("`" + selector + "`");
      }
      tool.urlVariables().forEach(v -> settings.add("`" + v + "`"));
      String defaultStore =
          tool.defaultEngine() == null ? "none" : tool.defaultEngine().displayName();
      table
          .append("| ")
          .append(tool.name())
          .append(" | ")
          .append(settings.isEmpty() ? "—" : String.join(", ", settings))
          .append(" | ")
          .append(defaultStore)
          .append(tool.confirmed() ? "" : " (unconfirmed: findings are warnings)")
          .append(" | ")
          .append(tool.rule())
          .append(" |\n");
    }
    return table.toString();
  }

  /**
   * The rule table of docs/rules/README.md and the README: one row per rule, linked to its page
   * ({@code linkPrefix} + {@code SSOTnnn.md}).
   */
  public static String table(List<RuleInfo> infos, String linkPrefix) {
    StringBuilder table =
        new StringBuilder(
            "| ID | name | severity | environments | summary |\n|---|---|---|---|---|\n");
    for (RuleInfo info : infos) {
      table
          .append("| [")
          .append(info.id())
          .append("](")
          .append(linkPrefix)
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
    return table.toString();
  }

  public static String body(String id) {
    String resource = "/dev/ssotguard/rules/docs/" + id + ".md";
    try (InputStream in = RuleDocs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("rule documentation missing from the jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String scopeText(RuleInfo info) {
    return switch (info.scope()) {
      case ANY -> "any";
      case PRODUCTION -> "production only";
      case TEST -> "test only";
    };
  }
}
