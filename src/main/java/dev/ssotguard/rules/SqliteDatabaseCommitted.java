package dev.ssotguard.rules;

import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;

/** A SQLite database file is tracked in the repository, whatever its name. */
@RuleInfo(
    id = "SSOT302",
    name = "sqlite-database-committed",
    severity = Severity.ERROR,
    scope = Scope.ANY,
    section = "§3 dev sandbox \"never commit\"",
    summary = "A SQLite database file is tracked in the repository",
    securitySeverity = "7.5",
    precision = "high")
public final class SqliteDatabaseCommitted implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    for (Location file : model.sqliteDatabaseFiles()) {
      findings.report(
          Problem.at(file, Environment.PRODUCTION)
              .message(
                  "this file is a SQLite database (it starts with the SQLite header) and is committed; the policy lets"
                      + " SQLite live only in throwaway local sandboxes that are never committed.")
              .fix("Remove it from the repository (git rm --cached) and ignore it")
              .key("sqlite-file"));
    }
  }
}
