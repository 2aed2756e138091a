package dev.ssotguard.rules;

import dev.ssotguard.model.Diagnostic;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Model;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every rule over the model; a crashing rule becomes an SSOT000 finding, never a dead scan.
 */
public final class RuleRunner {
  /** The findings, sorted by file and line, and whether any rule crashed. */
  public record Result(List<Finding> findings, boolean internalError) {
    public Result {
      findings = List.copyOf(findings);
    }
  }

  private final RuleRegistry registry;

  public RuleRunner(RuleRegistry registry) {
    this.registry = registry;
  }

  public Result run(Model model) {
    List<Finding> all = new ArrayList<>();
    List<Diagnostic> failures = new ArrayList<>();
    for (Rule rule : registry.rules()) {
      Findings sink = new Findings(rule.info());
      try {
        rule.check(model, sink);
        all.addAll(sink.all());
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(Diagnostic.ruleFailure(rule.info().id(), e));
      }
    }
    // A failed rule is reported as the diagnostic rule reports any other: same metadata, one place.
    Findings diagnostics = new Findings(ParseError.class.getAnnotation(RuleInfo.class));
    for (Diagnostic d : failures) {
      diagnostics.report(
          Problem.at(d.location(), Environment.PRODUCTION).message(d.message()).key(d.message()));
    }
    all.addAll(diagnostics.all());
    all.sort(Comparator.comparing(Finding::location).thenComparing(Finding::ruleId));
    return new Result(all, !failures.isEmpty());
  }
}
