package dev.ssotguard.rules;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;

/** Test code opens a file-backed SQLite database instead of an in-memory one. */
@RuleInfo(
    id = "SSOT303",
    name = "sqlite-test-fixture-on-disk",
    severity = Severity.WARNING,
    scope = Scope.TEST,
    section = "§3 test fixtures \"in-memory only\"",
    summary = "Test code opens a file-backed SQLite database instead of an in-memory one",
    securitySeverity = "2.0",
    precision = "high")
public final class SqliteTestFixtureOnDisk implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    for (DatastoreUse use : model.uses()) {
      if (use.engine() != Engine.SQLITE || use.inMemory() || use.documentation()) {
        continue;
      }
      findings.report(
          Problem.at(use.location(), use.environment())
              .message(
                  use.describe()
                      + " opens a SQLite database on disk in test code; the policy allows SQLite test fixtures"
                      + " in memory only.")
              .fix("Use sqlite:// (SQLAlchemy), :memory: or mode=memory")
              .key("use:" + use.via())
              .evidence(use.evidence()));
    }
  }
}
