package dev.ssotguard.rules;

import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;
import dev.ssotguard.model.SqlFile;
import java.util.regex.Pattern;

/**
 * A migration's file name does not match the Supabase CLI's pattern, so the CLI never applies it.
 */
@RuleInfo(
    id = "SSOT602",
    name = "migration-name-invalid",
    severity = Severity.WARNING,
    scope = Scope.ANY,
    section = "§6 (extension)",
    summary =
        "A file in supabase/migrations/ does not match the Supabase CLI's <version>_<name>.sql",
    securitySeverity = "2.0",
    precision = "high")
public final class MigrationNameInvalid implements Rule {
  private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{14}_.*\\.sql");

  @Override
  public void check(Model model, Findings findings) {
    boolean timestamps = model.policy().sql().timestampVersions();
    for (SqlFile f : model.sqlFiles()) {
      if (!Migrations.isMigration(f)) {
        continue;
      }
      if (!Migrations.appliedByCli(f.name())) {
        findings.report(
            Problem.at(Location.fileStart(f.path()), Environment.PRODUCTION)
                .message(
                    "migration file name '"
                        + f.name()
                        + "' does not match <version>_<name>.sql, so the Supabase CLI"
                        + " silently skips it.")
                .fix("Rename it, e.g. " + Migrations.suggestion(f.name()))
                .key("name"));
      } else if (timestamps && !TIMESTAMP.matcher(f.name()).matches()) {
        findings.report(
            Problem.at(Location.fileStart(f.path()), Environment.PRODUCTION)
                .message(
                    "migration version of '"
                        + f.name()
                        + "' is not a 14-digit timestamp (YYYYMMDDHHMMSS), which the"
                        + " policy requires (sql.migration_versions: timestamp)")
                .key("timestamp"));
      }
    }
  }
}
