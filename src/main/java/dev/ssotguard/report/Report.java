package dev.ssotguard.report;

import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Severity;
import dev.ssotguard.rules.RuleInfo;
import java.util.List;

/**
 * What one scan found, ready for any output format. Paths are relative to the scan root; the root
 * itself appears only as SARIF's {@code originalUriBaseIds}.
 */
public record Report(
    String rootUri,
    String toolVersion,
    List<RuleInfo> rules,
    List<Finding> findings,
    int fileCount,
    boolean internalError) {
  public Report {
    rules = List.copyOf(rules);
    findings = findings.stream().map(Redaction::scrub).toList();
  }

  /** The same report with only the findings at least this severe (diagnostics are notes). */
  public Report atLeast(Severity threshold) {
    return new Report(
        rootUri,
        toolVersion,
        rules,
        findings.stream().filter(f -> f.severity().atLeast(threshold)).toList(),
        fileCount,
        internalError);
  }

  /** "3 errors, 1 warning, 0 notes": what every human-readable format leads with. */
  public String counts() {
    long errors = count(Severity.ERROR);
    long warnings = count(Severity.WARNING);
    long notes = count(Severity.NOTE) + diagnostics();
    return errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning, " : " warnings, ")
        + notes
        + (notes == 1 ? " note" : " notes");
  }

  public long count(Severity severity) {
    return findings.stream()
        .filter(f -> f.severity() == severity && !f.isDiagnostic() && !f.suppressed())
        .count();
  }

  public long suppressed() {
    return findings.stream().filter(Finding::suppressed).count();
  }

  public long diagnostics() {
    return findings.stream().filter(Finding::isDiagnostic).count();
  }
}
