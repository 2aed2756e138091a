package dev.ssotguard.rules;

import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;
import dev.ssotguard.model.SqlFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Two migrations in one folder share a version; all but one fail to apply. */
@RuleInfo(
    id = "SSOT605",
    name = "migration-version-duplicate",
    severity = Severity.ERROR,
    scope = Scope.ANY,
    section = "§6 (extension)",
    summary = "Two or more files in one supabase/migrations/ folder share a version",
    securitySeverity = "3.0",
    precision = "high")
public final class MigrationVersionDuplicate implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    Map<String, List<SqlFile>> byVersion = new TreeMap<>();
    for (SqlFile f : model.sqlFiles()) {
      String version = Migrations.version(f.name());
      if (Migrations.isMigration(f) && version != null && Migrations.appliedByCli(f.name())) {
        // A file the CLI skips (SSOT602) is never applied, so it cannot collide.
        byVersion
            .computeIfAbsent(f.directory() + "\u0000" + version, k -> new ArrayList<>())
            .add(f);
      }
    }
    for (List<SqlFile> group : byVersion.values()) {
      if (group.size() < 2) {
        continue;
      }
      // RULES.md: the CLI applies the group's first file (in file-name order); each other one fails
      // and is the finding, with the first as the related location.
      List<SqlFile> ordered = new ArrayList<>(group);
      ordered.sort(Comparator.comparing(SqlFile::name));
      SqlFile applied = ordered.get(0);
      for (SqlFile f : ordered.subList(1, ordered.size())) {
        findings.report(
            Problem.at(Location.fileStart(f.path()), Environment.PRODUCTION)
                .message(
                    "migration version "
                        + Migrations.version(f.name())
                        + " is already used by "
                        + applied.name()
                        + " in "
                        + f.directory()
                        + "/: the Supabase CLI records versions in supabase_migrations.schema_migrations"
                        + " (primary key), so this file fails to apply.")
                .fix("Give it its own version")
                .key("duplicate")
                .related(
                    List.of(
                        new Related(
                            Location.fileStart(applied.path()),
                            "applied first, with version " + Migrations.version(applied.name())))));
      }
    }
  }
}
