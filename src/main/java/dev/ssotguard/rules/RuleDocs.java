package dev.ssotguard.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
        + body(info.id()).strip()
        + "\n";
  }

  /**
   * The rule table of docs/rules/README.md and the README: one row per rule, linked to its page
   * ({@code linkPrefix} + {@code SSOTnnn.md}).
   */
  public static String table(java.util.List<RuleInfo> infos, String linkPrefix) {
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
