package dev.ssotguard.rules;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;
import java.util.Locale;
import java.util.Set;

/** A non-PostgreSQL datastore is used and the policy gives it no role. */
@RuleInfo(
    id = "SSOT101",
    name = "undeclared-datastore",
    severity = Severity.WARNING,
    scope = Scope.PRODUCTION,
    section = "§1 corollary",
    summary = "A non-PostgreSQL datastore is used and the policy gives it no role",
    securitySeverity = "4.0",
    precision = "high")
public final class UndeclaredDatastore implements Rule {
  /** PostgreSQL is the SSOT; MySQL, SQLite and H2 have rules of their own. */
  private static final Set<Engine> JUDGED_ELSEWHERE =
      Set.of(
          Engine.POSTGRESQL, Engine.MYSQL, Engine.MARIADB, Engine.SQLITE, Engine.H2, Engine.OTHER);

  @Override
  public void check(Model model, Findings findings) {
    // The policy in force holds the built-in roles (knowledge/datastores.yaml) besides the file's.
    DatastoreFindings.report(
        DatastoreFindings.candidates(model, engine -> !JUDGED_ELSEWHERE.contains(engine)),
        c -> model.policy().roles().stream().anyMatch(r -> r.covers(c.engine(), c.name())),
        c ->
            Problem.at(c.at(), c.environment())
                .message(
                    c.what()
                        + " is a "
                        + c.engine().displayName()
                        + " datastore, and the policy gives it no role: PostgreSQL is the"
                        + " only source of truth, every other store must be a declared staging zone, transport or cache.")
                .fix(
                    "Declare its role in ssot-policy.yaml (roles: - engine: "
                        + c.engine().name().toLowerCase(Locale.ROOT)
                        + ", role: staging|transport|cache) or move the data to PostgreSQL")
                .key("undeclared:" + c.engine() + ":" + c.name()),
        findings);
  }
}
