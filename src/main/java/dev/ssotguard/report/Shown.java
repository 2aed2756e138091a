package dev.ssotguard.report;

import dev.ssotguard.model.Finding;
import dev.ssotguard.rules.RuleInfo;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the CI formats show of a report: the findings not suppressed, worst first, and rules. */
final class Shown {
  private Shown() {}

  /** Unsuppressed findings, errors first, then by file and line (a stable, readable order). */
  static List<Finding> worstFirst(Report report) {
    return report.findings().stream()
        .filter(f -> !f.suppressed())
        .sorted(
            Comparator.comparing(Finding::severity)
                .thenComparing(f -> f.location().path())
                .thenComparingInt(f -> f.location().line())
                .thenComparingInt(f -> f.location().column()))
        .toList();
  }

  static Map<String, RuleInfo> rulesById(Report report) {
    Map<String, RuleInfo> byId = new LinkedHashMap<>();
    for (RuleInfo r : report.rules()) {
      byId.put(r.id(), r);
    }
    return byId;
  }
}
