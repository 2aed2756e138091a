package dev.ssotguard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotguard.model.Diagnostic;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failing rule is a diagnostic, never a dead scan, and two failures are two diagnostics. */
class RuleRunnerTest {
  @RuleInfo(
      id = "SSOT997",
      name = "fails-first",
      severity = Severity.ERROR,
      scope = Scope.ANY,
      section = "—",
      summary = "test rule",
      securitySeverity = "1.0",
      precision = "high")
  static final class FailsFirst implements Rule {
    @Override
    public void check(Model model, Findings findings) {
      throw new IllegalStateException("boom");
    }
  }

  @RuleInfo(
      id = "SSOT998",
      name = "fails-too",
      severity = Severity.ERROR,
      scope = Scope.ANY,
      section = "—",
      summary = "test rule",
      securitySeverity = "1.0",
      precision = "high")
  static final class FailsToo implements Rule {
    @Override
    public void check(Model model, Findings findings) {
      throw new StackOverflowError();
    }
  }

  @RuleInfo(
      id = "SSOT999",
      name = "two-on-a-line",
      severity = Severity.WARNING,
      scope = Scope.ANY,
      section = "—",
      summary = "test rule",
      securitySeverity = "1.0",
      precision = "high")
  static final class TwoOnALine implements Rule {
    @Override
    public void check(Model model, Findings findings) {
      Location at = new Location("app/.env", 3, 1);
      findings.report(Problem.at(at, Environment.PRODUCTION).message("first password").key("A"));
      findings.report(Problem.at(at, Environment.PRODUCTION).message("second password").key("B"));
      findings.report(
          Problem.at(at, Environment.PRODUCTION).message("first password again").key("A"));
    }
  }

  @Test
  void everyFailedRuleIsItsOwnDiagnosticWithTheDiagnosticRulesMetadata() {
    RuleRunner.Result result =
        new RuleRunner(new RuleRegistry(List.of(new FailsFirst(), new FailsToo()))).run(null);
    assertThat(result.internalError()).isTrue();
    assertThat(result.findings()).hasSize(2).allMatch(Finding::isDiagnostic);
    assertThat(result.findings())
        .extracting(Finding::ruleName, Finding::severity)
        .containsOnly(org.assertj.core.groups.Tuple.tuple("parse-error", Severity.NOTE));
    assertThat(result.findings())
        .extracting(Finding::message)
        .containsExactlyInAnyOrder(
            "internal error in rule SSOT997 (IllegalStateException); its findings are missing"
                + " from this report",
            "internal error in rule SSOT998 (StackOverflowError); its findings are missing"
                + " from this report");
    assertThat(result.findings().get(0).ruleId()).isEqualTo(Diagnostic.RULE_ID);
  }

  /**
   * One .env line read by several services is one break to fix, not one per reader; the other
   * problems of the line are not dropped but joined as related locations with their messages.
   */
  @Test
  void aRuleReportsALineOnceAndKeepsTheOtherProblemsOfTheLine() {
    RuleRunner.Result result =
        new RuleRunner(new RuleRegistry(List.of(new TwoOnALine()))).run(null);
    assertThat(result.internalError()).isFalse();
    assertThat(result.findings()).extracting(Finding::message).containsExactly("first password");
    assertThat(result.findings().get(0).related())
        .extracting(Related::message)
        .containsExactly("second password", "first password again");
    assertThat(result.findings().get(0).related())
        .extracting(Related::location)
        .containsOnly(new Location("app/.env", 3, 1));
  }

  @Test
  void theMostSeriousProblemOfALineLeadsAndTheFingerprintIsItsOwn() {
    Findings findings = new Findings(TwoOnALine.class.getAnnotation(RuleInfo.class));
    Location at = new Location("compose.yaml", 7, 5);
    findings.report(
        Problem.at(at, Environment.PRODUCTION)
            .message("a warning: what was found. The policy says so. Fix: this")
            .key("w"));
    findings.report(
        Problem.at(at, Environment.PRODUCTION)
            .message("an error")
            .key("e")
            .severity(Severity.ERROR)
            .related(List.of(new Related(new Location("x.env", 1, 1), "where it comes from"))));
    Finding only = findings.all().get(0);
    assertThat(findings.all()).hasSize(1);
    assertThat(only.message()).isEqualTo("an error");
    assertThat(only.severity()).isEqualTo(Severity.ERROR);
    assertThat(only.fingerprint()).isEqualTo(Findings.fingerprint("SSOT999", "compose.yaml", "e"));
    assertThat(only.related())
        .extracting(Related::message)
        .containsExactly("where it comes from", "a warning");
    assertThat(Findings.brief("no clause")).isEqualTo("no clause");
    assertThat(Findings.brief("first sentence. second: x")).isEqualTo("first sentence");
    assertThatThrownBy(() -> findings.report(Problem.at(at, Environment.PRODUCTION).key("k")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
