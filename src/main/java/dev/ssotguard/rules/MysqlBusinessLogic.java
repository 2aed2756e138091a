package dev.ssotguard.rules;

import dev.ssotguard.model.Model;
import dev.ssotguard.model.MysqlRoutine;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;

/** SQL for MySQL/MariaDB creates stored business logic, which §2 forbids there. */
@RuleInfo(
    id = "SSOT204",
    name = "mysql-business-logic",
    severity = Severity.ERROR,
    scope = Scope.ANY,
    section = "§2 MUST NOT",
    summary = "SQL for MySQL/MariaDB creates a PROCEDURE, FUNCTION, TRIGGER or EVENT",
    securitySeverity = "5.0",
    precision = "high")
public final class MysqlBusinessLogic implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    for (MysqlRoutine r : model.mysqlRoutines()) {
      findings.report(
          Problem.at(r.location(), r.environment())
              .message(
                  "CREATE "
                      + r.kind()
                      + (r.name().isEmpty() ? "" : " " + r.name())
                      + " in SQL written for MySQL/MariaDB (told by "
                      + r.dialectEvidence()
                      + "): the policy"
                      + " forbids authoritative business logic on MySQL.")
              .fix(
                  "Move the logic to PostgreSQL (a Supabase migration) or to the application, and keep"
                      + " MySQL a staging or source-compatibility store")
              .key("routine:" + r.kind() + ":" + r.name()));
    }
  }
}
