package dev.ssotguard.rules;

import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;
import dev.ssotguard.model.SqlFile;
import dev.ssotguard.policy.SqlPolicy;
import java.util.List;

/** A tracked SQL file lies outside the places the policy allows SQL in. */
@RuleInfo(
    id = "SSOT601",
    name = "stray-sql-file",
    severity = Severity.ERROR,
    scope = Scope.ANY,
    section = "§6",
    summary = "A tracked SQL file lies outside the allowed SQL places",
    securitySeverity = "2.0",
    precision = "very-high")
public final class StraySqlFile implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    SqlPolicy sql = model.policy().sql();
    for (SqlFile f : model.sqlFiles()) {
      if (!f.tracked() || sql.allows(f.path())) {
        continue;
      }
      List<Related> related =
          sql.declaredAt() == null
              ? List.of()
              : List.of(new Related(sql.declaredAt(), "the policy's SQL places"));
      findings.report(
          Problem.at(Location.fileStart(f.path()), Environment.PRODUCTION)
              .message(
                  "SQL file outside the allowed places ("
                      + (sql.builtinPlaces()
                          ? "supabase/migrations/, supabase/seed/, supabase/seeds/, supabase/seed.sql, at the"
                              + " repository root"
                          : String.join(", ", sql.allowed().globs()))
                      + (sql.exceptions().isEmpty()
                          ? ""
                          : "; exceptions " + String.join(", ", sql.exceptions()))
                      + "): per the policy SQL lives only in migrations.")
              .fix(
                  "Move it into supabase/migrations/ as a <timestamp>_<name>.sql migration (or"
                      + " supabase/seed.sql), or add an exception to the policy")
              .key("stray-sql")
              .related(related));
    }
  }
}
