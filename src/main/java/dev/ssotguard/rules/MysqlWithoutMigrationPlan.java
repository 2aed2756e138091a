package dev.ssotguard.rules;

import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;
import dev.ssotguard.policy.DatastorePolicy;
import java.util.ArrayList;
import java.util.List;

/** A legacy-tool MySQL use lacks its constraint or plan, or a plan or repro window has run out. */
@RuleInfo(
    id = "SSOT203",
    name = "mysql-without-migration-plan",
    severity = Severity.ERROR,
    scope = Scope.ANY,
    section = "§2 MUST NOT",
    summary =
        "A legacy-tool MySQL use lacks a documented constraint or approved migration plan, or its date passed",
    securitySeverity = "5.0",
    precision = "high")
public final class MysqlWithoutMigrationPlan implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    for (DatastorePolicy.MysqlUse m : model.policy().mysql()) {
      List<String> problems = new ArrayList<>();
      String name = m.datastore() != null ? m.datastore() : String.join(", ", m.paths().globs());
      if (m.purpose().equals("legacy-tool")) {
        if (m.constraint() == null || m.constraint().isBlank()) {
          problems.add("no documented constraint (why no MySQL-free alternative exists)");
        }
        DatastorePolicy.MigrationPlan plan = m.plan();
        if (plan == null || plan.reference() == null || plan.approver() == null) {
          problems.add(
              "no approved migration plan (migration_plan: reference, approver, target_date)");
        } else if (plan.targetDate() == null) {
          problems.add(
              "the migration plan's target date '" + plan.targetText() + "' cannot be read");
        } else if (plan.targetDate().isBefore(model.scanDate())) {
          problems.add(
              "the migration plan " + plan.reference() + " was due on " + plan.targetDate());
        }
      } else if (m.purpose().equals("repro")) {
        if (m.ends() == null) {
          problems.add(
              m.endsText() == null
                  ? "no end date (ends:) for a short-lived reproduction"
                  : "its end date '" + m.endsText() + "' cannot be read");
        } else if (m.ends().isBefore(model.scanDate())) {
          problems.add("the reproduction environment was due to end on " + m.ends());
        }
      }
      if (!problems.isEmpty()) {
        findings.report(
            Problem.at(m.location(), Environment.PRODUCTION)
                .message(
                    "MySQL use '"
                        + name
                        + "' ("
                        + m.purpose()
                        + "): "
                        + String.join("; ", problems)
                        + ". The policy lets MySQL be a long-term dependency only with an approved migration plan")
                .key("mysql-plan:" + name));
      }
    }
  }
}
