package dev.ssotguard.rules;

import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Severity;
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
    boolean crashed = false;
    for (Rule rule : registry.rules()) {
      Findings sink = new Findings(rule.info());
      try {
        rule.check(model, sink);
        all.addAll(sink.all());
      } catch (RuntimeException | StackOverflowError e) {
        crashed = true;
        all.add(
            new Finding(
                "SSOT000",
                "parse-error",
                Severity.NOTE,
                "internal error in rule "
                    + rule.info().id()
                    + " ("
                    + e.getClass().getSimpleName()
                    + "); its findings are missing from this report",
                Location.fileStart("."),
                List.of(),
                Findings.fingerprint("SSOT000", ".", rule.info().id())));
      }
    }
    all.sort(Comparator.comparing(Finding::location).thenComparing(Finding::ruleId));
    return new Result(all, crashed);
  }
}
