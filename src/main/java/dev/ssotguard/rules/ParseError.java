package dev.ssotguard.rules;

import dev.ssotguard.model.Diagnostic;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;

/** A file of a known kind could not be parsed (or a rule crashed); the scan went on. */
@RuleInfo(
    id = Diagnostic.RULE_ID,
    name = "parse-error",
    severity = Severity.NOTE,
    scope = Scope.ANY,
    section = "—",
    summary = "A file of a known kind could not be parsed; the scan goes on",
    securitySeverity = "0.0",
    precision = "high")
public final class ParseError implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    for (Diagnostic d : model.diagnostics()) {
      findings.report(
          Problem.at(d.location(), Environment.PRODUCTION).message(d.message()).key(d.message()));
    }
  }
}
