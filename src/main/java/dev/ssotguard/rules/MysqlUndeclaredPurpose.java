package dev.ssotguard.rules;

import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.DeployedDatastore;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Location;
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
        "A MySQL/MariaDB datastore is used and the policy declares no permitted purpose for it")
public final class MysqlUndeclaredPurpose implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    for (DeployedDatastore d : model.datastores()) {
      if (d.engine().isMysqlFamily()) {
        check(
            model,
            findings,
            d.name(),
            d.location(),
            d.environment(),
            d.via() + " '" + d.name() + "'");
      }
    }
    for (DatastoreUse u : model.uses()) {
      if (u.connection() != null && u.engine().isMysqlFamily() && !u.documentation()) {
        check(
            model,
            findings,
            u.connection().host(),
            u.location(),
            u.environment(),
            u.connection().redacted());
      }
    }
  }

  private static void check(
      Model model, Findings findings, String name, Location at, Environment env, String what) {
    if (model.policy().mysql().stream().anyMatch(m -> m.covers(name, at.path()))) {
      return;
    }
    findings.report(
        Problem.at(at, env)
            .message(
                what
                    + " uses MySQL/MariaDB, and the policy declares no permitted purpose for it. MySQL is allowed only for"
                    + " source-system compatibility, staging/bronze landing, short-lived reproduction or a documented legacy"
                    + " tool: declare it in ssot-policy.yaml (mysql: - datastore: "
                    + name
                    + ", purpose: ...) or move it to"
                    + " PostgreSQL")
            .key("mysql-purpose:" + name));
  }
}
