package dev.ssotguard.rules;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.DeployedDatastore;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;
import java.util.Set;

/** A non-PostgreSQL datastore is used and the policy gives it no role. */
@RuleInfo(
    id = "SSOT101",
    name = "undeclared-datastore",
    severity = Severity.WARNING,
    scope = Scope.PRODUCTION,
    section = "§1 corollary",
    summary = "A non-PostgreSQL datastore is used and the policy gives it no role")
public final class UndeclaredDatastore implements Rule {
  /** PostgreSQL is the SSOT; MySQL, SQLite and H2 have rules of their own. */
  private static final Set<Engine> JUDGED_ELSEWHERE =
      Set.of(
          Engine.POSTGRESQL, Engine.MYSQL, Engine.MARIADB, Engine.SQLITE, Engine.H2, Engine.OTHER);

  @Override
  public void check(Model model, Findings findings) {
    for (DeployedDatastore d : model.datastores()) {
      check(
          model,
          findings,
          d.engine(),
          d.name(),
          d.location(),
          d.environment(),
          d.via() + " '" + d.name() + "'");
    }
    for (DatastoreUse u : model.uses()) {
      if (u.connection() != null && !u.documentation()) {
        check(
            model,
            findings,
            u.engine(),
            u.connection().host(),
            u.location(),
            u.environment(),
            u.connection().redacted());
      }
    }
  }

  private static void check(
      Model model,
      Findings findings,
      Engine engine,
      String name,
      Location at,
      Environment env,
      String what) {
    if (JUDGED_ELSEWHERE.contains(engine)) {
      return;
    }
    // The policy in force holds the built-in roles (knowledge/datastores.yaml) besides the file's.
    if (model.policy().roles().stream().anyMatch(r -> r.covers(engine, name))) {
      return;
    }
    findings.report(
        Problem.at(at, env)
            .message(
                what
                    + " is a "
                    + engine.displayName()
                    + " datastore, and the policy gives it no role: PostgreSQL is the"
                    + " only source of truth, every other store must be a declared staging zone, transport or cache."
                    + " Declare its role in ssot-policy.yaml (roles: - engine: "
                    + engine.name().toLowerCase(java.util.Locale.ROOT)
                    + ", role: staging|transport|cache) or move the data to PostgreSQL")
            .key("undeclared:" + engine + ":" + name));
  }
}
