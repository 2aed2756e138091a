package dev.ssotguard.rules;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;

/** A MySQL/MariaDB datastore is used without a permitted purpose declared in the policy. */
@RuleInfo(
    id = "SSOT202",
    name = "mysql-undeclared-purpose",
    severity = Severity.ERROR,
    scope = Scope.PRODUCTION,
    section = "§2 permitted uses",
    summary =
        "A MySQL/MariaDB datastore is used and the policy declares no permitted purpose for it",
    securitySeverity = "5.0",
    precision = "very-high")
public final class MysqlUndeclaredPurpose implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    DatastoreFindings.report(
        DatastoreFindings.candidates(model, Engine::isMysqlFamily),
        c -> model.policy().mysql().stream().anyMatch(m -> m.covers(c.name(), c.at().path())),
        c ->
            Problem.at(c.at(), c.environment())
                .message(
                    c.what()
                        + " uses MySQL/MariaDB, and the policy declares no permitted purpose for it. MySQL is allowed only for"
                        + " source-system compatibility, staging/bronze landing, short-lived reproduction or a documented legacy"
                        + " tool:")
                .fix(
                    "declare it in ssot-policy.yaml (mysql: - datastore: "
                        + c.name()
                        + ", purpose: ...) or move it to PostgreSQL")
                .key("mysql-purpose:" + c.name()),
        findings);
  }
}
