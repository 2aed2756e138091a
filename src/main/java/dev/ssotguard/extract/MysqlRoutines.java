package dev.ssotguard.extract;

import dev.ssotguard.formats.sql.SqlLexer;
import dev.ssotguard.formats.sql.SqlStatement;
import dev.ssotguard.model.MysqlRoutine;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds CREATE PROCEDURE / FUNCTION / TRIGGER / EVENT in SQL files written for MySQL/MariaDB. The
 * dialect is decided from the file's path and its markers; PostgreSQL markers (dollar quotes,
 * plpgsql, Supabase migrations) make it PostgreSQL, where routines are allowed.
 */
final class MysqlRoutines {
  private static final Set<String> ROUTINES = Set.of("PROCEDURE", "FUNCTION", "TRIGGER", "EVENT");
  private static final Set<String> NOT_ROUTINES =
      Set.of("TABLE", "VIEW", "INDEX", "SCHEMA", "DATABASE", "USER", "ROLE");
  private static final Pattern PATH_MYSQL =
      Pattern.compile("(?i)(^|[/_.-])(mysql|mariadb)([/_.-]|$)");

  /** A syntax that only MySQL/MariaDB writes, and how to name it in a message. */
  private record Marker(String label, Pattern pattern) {}

  private static final List<Marker> MYSQL_MARKERS =
      List.of(
          new Marker("DELIMITER", Pattern.compile("(?im)^\\s*DELIMITER\\s")),
          new Marker("ENGINE=InnoDB", Pattern.compile("(?i)ENGINE\\s*=\\s*(InnoDB|MyISAM|Aria)")),
          new Marker("AUTO_INCREMENT", Pattern.compile("(?i)\\bAUTO_INCREMENT\\b")),
          new Marker("DEFINER=", Pattern.compile("(?i)\\bDEFINER\\s*=")),
          new Marker("ON SCHEDULE", Pattern.compile("(?i)\\bON\\s+SCHEDULE\\b")),
          new Marker("backtick identifiers", Pattern.compile("`[A-Za-z0-9_]+`")));
  private static final List<Pattern> POSTGRES_MARKERS =
      List.of(
          Pattern.compile("\\$[A-Za-z_]*\\$"),
          Pattern.compile("(?i)LANGUAGE\\s+'?plpgsql"),
          Pattern.compile("(?i)RETURNS\\s+TRIGGER"),
          Pattern.compile("(?i)\\bEXECUTE\\s+(FUNCTION|PROCEDURE)\\b"));

  private MysqlRoutines() {}

  static void read(String source, FactsBuilder out) {
    String path = out.file.path();
    if (path.contains("supabase/migrations/")
        || !source.toUpperCase(Locale.ROOT).contains("CREATE")) {
      return;
    }
    if (!PATH_MYSQL.matcher(path).find() && isPostgres(source)) {
      return;
    }
    // Without path or syntax evidence the routines are kept undecided (null evidence): the model
    // builder keeps them when the file is mounted into a MySQL/MariaDB container.
    String evidence = evidence(path, source);
    for (SqlStatement s : SqlLexer.statements(source)) {
      String kind = routineKind(s.words());
      if (kind != null) {
        int at = indexOfIgnoreCase(s.words(), kind);
        String name = at + 1 < s.words().size() ? s.words().get(at + 1) : "";
        out.add(new MysqlRoutine(kind, name, out.at(s.line(), 1), out.environment(), evidence));
      }
    }
  }

  private static boolean isPostgres(String source) {
    for (Pattern pg : POSTGRES_MARKERS) {
      if (pg.matcher(source).find()) {
        return true;
      }
    }
    return false;
  }

  /** Why the file is MySQL by itself, or null when neither its path nor its syntax says so. */
  private static String evidence(String path, String source) {
    if (PATH_MYSQL.matcher(path).find()) {
      return "its path";
    }
    for (Marker m : MYSQL_MARKERS) {
      if (m.pattern().matcher(source).find()) {
        return "MySQL syntax: " + m.label();
      }
    }
    return null;
  }

  private static int indexOfIgnoreCase(List<String> words, String word) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).equalsIgnoreCase(word)) {
        return i;
      }
    }
    return -1;
  }

  /** PROCEDURE, FUNCTION, TRIGGER or EVENT when the statement creates one, else null. */
  static String routineKind(List<String> words) {
    if (words.isEmpty() || !words.get(0).equalsIgnoreCase("CREATE")) {
      return null;
    }
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i).toUpperCase(Locale.ROOT);
      if (NOT_ROUTINES.contains(w)) {
        return null;
      }
      if (ROUTINES.contains(w)) {
        boolean eventTrigger =
            w.equals("EVENT") && i + 1 < words.size() && words.get(i + 1).equals("TRIGGER");
        return eventTrigger ? null : w;
      }
    }
    return null;
  }
}
