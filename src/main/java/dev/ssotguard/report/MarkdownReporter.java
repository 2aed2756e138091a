package dev.ssotguard.report;

import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Severity;
import dev.ssotguard.rules.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A job summary for {@code $GITHUB_STEP_SUMMARY} (or any Markdown page): the counts by rule and
 * severity, then the findings as a table, worst first, each line linked to the forge when the
 * commit's blob URL is known. Every cell is escaped: a file name cannot break the table or open
 * HTML.
 */
public final class MarkdownReporter implements Reporter {
  /** Rows of the findings table; GitHub caps a step summary at 1 MiB. */
  static final int MAX_ROWS = 300;

  private final String blobBase;

  /**
   * @param blobBase the URL files of the scanned commit live under (for GitHub: {@code
   *     $GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA}), or null for plain locations
   */
  public MarkdownReporter(String blobBase) {
    this.blobBase = blobBase == null ? null : blobBase.replaceAll("/+$", "");
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    List<Finding> shown = Shown.worstFirst(report);
    out.write("## ssot-guard: " + (shown.isEmpty() ? "no findings ✓" : report.counts()) + "\n\n");
    out.write(
        report.fileCount()
            + " files scanned"
            + (report.suppressed() == 0
                ? ""
                : "; "
                    + report.suppressed()
                    + " findings suppressed (waivers, ssot:ignore, baseline)")
            + ".\n\n");
    if (shown.isEmpty()) {
      return;
    }
    Map<String, RuleInfo> rules = Shown.rulesById(report);
    Map<String, EnumMap<Severity, Long>> counts = new LinkedHashMap<>();
    for (Finding f : shown) {
      counts
          .computeIfAbsent(f.ruleId(), k -> new EnumMap<>(Severity.class))
          .merge(f.severity(), 1L, Long::sum);
    }
    out.write("| Rule | Name | Errors | Warnings | Notes |\n|---|---|--:|--:|--:|\n");
    for (Map.Entry<String, EnumMap<Severity, Long>> e : counts.entrySet()) {
      RuleInfo rule = rules.get(e.getKey());
      out.write(
          "| "
              + e.getKey()
              + " | "
              + Display.markdownCell(rule == null ? "" : rule.name())
              + " | "
              + e.getValue().getOrDefault(Severity.ERROR, 0L)
              + " | "
              + e.getValue().getOrDefault(Severity.WARNING, 0L)
              + " | "
              + e.getValue().getOrDefault(Severity.NOTE, 0L)
              + " |\n");
    }
    out.write("\n### Findings\n\n| Severity | Rule | Where | Problem |\n|---|---|---|---|\n");
    for (Finding f : shown.subList(0, Math.min(MAX_ROWS, shown.size()))) {
      out.write(
          "| "
              + f.severity().label()
              + " | "
              + f.ruleId()
              + " | "
              + where(f)
              + " | "
              + Display.markdownCell(f.message())
              + " |\n");
    }
    if (shown.size() > MAX_ROWS) {
      out.write(
          "\n"
              + (shown.size() - MAX_ROWS)
              + " more findings are in the log, the SARIF and the JSON report.\n");
    }
    out.write("\nRun `ssot explain SSOTnnn` for what a rule checks and how to fix it.\n");
  }

  private String where(Finding f) {
    String text = f.location().path() + ":" + f.location().line();
    if (blobBase == null) {
      return Display.markdownCode(text);
    }
    String url =
        blobBase
            + "/"
            + SarifReporter.uri(f.location().path()).replace("(", "%28").replace(")", "%29")
            + "#L"
            + f.location().line();
    return "[" + Display.markdownCell(text) + "](" + url + ")";
  }
}
