package dev.ssotguard.rules;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Service;
import dev.ssotguard.model.Severity;
import java.util.List;
import java.util.Locale;

/** A production service or application is configured to persist in SQLite. */
@RuleInfo(
    id = "SSOT301",
    name = "sqlite-in-production",
    severity = Severity.ERROR,
    scope = Scope.PRODUCTION,
    section = "§3",
    summary = "A production service or application is configured to persist in SQLite",
    securitySeverity = "7.0",
    precision = "very-high")
public final class SqliteInProduction implements Rule {
  /** Whether a service's environment names SQLite (DB_TYPE=sqlite, a sqlite:// URL). */
  private static boolean mentionsSqlite(Service service) {
    return service.env().values().stream()
        .anyMatch(v -> v.value() != null && v.value().toLowerCase(Locale.ROOT).contains("sqlite"));
  }

  private static final List<String> DATABASE_FILE_SUFFIXES = List.of(".sqlite", ".sqlite3", ".db3");

  @Override
  public void check(Model model, Findings findings) {
    for (DatastoreUse use : model.uses()) {
      if (use.engine() != Engine.SQLITE
          || use.inMemory()
          || use.documentation()
          || model.isClaimedByTool(use.location())) {
        continue;
      }
      findings.report(
          Problem.at(use.location(), use.environment())
              .message(
                  use.describe()
                      + (use.probable()
                          ? " names a .db file, probably SQLite, in a production file"
                          : " persists data in SQLite in a production file")
                      + "; the policy prohibits SQLite for any"
                      + " production workload (data is lost with the container, not multi-replica safe, no consistent"
                      + " backups).")
              .fix(
                  "Point it at PostgreSQL, or keep this setting in a development or test file"
                      + (use.probable()
                          ? " (if the file is another engine's, such as BoltDB, suppress this)"
                          : ""))
              .key("use:" + use.via())
              .severity(use.probable() ? Severity.WARNING : Severity.ERROR)
              .evidence(use.evidence()));
    }
    for (Service service : model.services()) {
      for (Service.Mount mount : service.mounts()) {
        String target = mount.target().toLowerCase(Locale.ROOT);
        boolean sqliteName = DATABASE_FILE_SUFFIXES.stream().anyMatch(target::endsWith);
        // BoltDB, LevelDB and others also name their files *.db: a .db file is SQLite only when
        // the service's settings say so; otherwise it is a probable break, a warning.
        boolean dbName = target.endsWith(".db");
        if (!sqliteName && !dbName) {
          continue;
        }
        boolean confirmed = sqliteName || mentionsSqlite(service);
        if (!confirmed && model.isOtherEngineFile(mount.location())) {
          continue;
        }
        findings.report(
            Problem.at(mount.location(), service.environment())
                .message(
                    "compose service '"
                        + service.name()
                        + "' mounts "
                        + (confirmed ? "a SQLite database file" : "a .db file, probably SQLite,")
                        + " at "
                        + mount.target()
                        + " as its store; the policy prohibits SQLite for any persistent production service.")
                .fix(
                    "Move the data to PostgreSQL"
                        + (confirmed
                            ? ""
                            : " (if the file is another engine's, such as BoltDB, suppress this)"))
                .key("mount:" + service.name() + ":" + mount.target())
                .severity(confirmed ? Severity.ERROR : Severity.WARNING));
      }
    }
  }
}
