package dev.ssotguard.extract;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.Environment;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Application configs that choose SQLite by a setting rather than a URL: Django {@code
 * DATABASES[...]['ENGINE']}, knex {@code client}, Sequelize/Drizzle {@code dialect}, TypeORM {@code
 * type}, Prisma {@code provider}, Spring's SQLite JDBC driver. Patterns are anchored on quoted
 * literals and run per line, so they stay linear on hostile input.
 */
final class AppConfigExtractor {
  private static final Pattern DJANGO_ENGINE =
      Pattern.compile(
          "['\"]ENGINE['\"]\\s*:\\s*['\"](django\\.db\\.backends\\.sqlite3|django\\.contrib\\.gis\\.db\\.backends\\.spatialite)['\"]");
  private static final Pattern PRISMA_PROVIDER =
      Pattern.compile("^\\s*provider\\s*=\\s*\"(sqlite)\"");
  private static final Pattern PRISMA_ENV_URL =
      Pattern.compile("(?m)^\\s*url\\s*=\\s*env\\(\\s*\"([A-Za-z_][A-Za-z0-9_]*)\"\\s*\\)");
  private static final Pattern PRISMA_FILE_URL =
      Pattern.compile("^\\s*url\\s*=\\s*\"(file:[^\"]*)\"");
  private static final Pattern SPRING_SQLITE_DRIVER =
      Pattern.compile(
          "^\\s*spring\\.datasource\\.driver-class-name\\s*[=:]\\s*org\\.sqlite\\.JDBC");
  private static final Pattern JS_SECTION =
      Pattern.compile("^\\s*['\"]?([A-Za-z]+)['\"]?\\s*:\\s*\\{");
  private static final int MEMORY_WINDOW = 12;

  private AppConfigExtractor() {}

  static void python(String text, FactsBuilder out) {
    if (!text.contains("django.") && !text.contains("spatialite")) {
      return;
    }
    scan(text, DJANGO_ENGINE, "Django DATABASES ENGINE", out, false);
  }

  /** JavaScript config: {@code setting} matches an engine setting choosing SQLite. */
  static void script(String text, Pattern setting, FactsBuilder out) {
    if (!text.contains("sqlite") && !text.contains("libsql")) {
      return;
    }
    scan(text, setting, null, out, true);
  }

  static void prisma(String text, FactsBuilder out) {
    Matcher env = PRISMA_ENV_URL.matcher(text);
    while (env.find()) {
      out.add(new PrismaVariable(env.group(1)));
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = PRISMA_PROVIDER.matcher(lines[i]);
      if (m.find()) {
        boolean memory = window(lines, i).contains(":memory:");
        out.add(
            use(
                out,
                i,
                m.start(1),
                "Prisma datasource provider = \"sqlite\"",
                memory,
                out.environment()));
      }
    }
    // A literal file: URL names the database file; the provider line carries the finding.
    for (int i = 0; i < lines.length; i++) {
      Matcher m = PRISMA_FILE_URL.matcher(lines[i]);
      if (m.find() && !out.holds(DatastoreUse.class)) {
        out.add(
            use(
                out,
                i,
                m.start(1),
                "Prisma datasource url " + m.group(1),
                m.group(1).contains(":memory:"),
                out.environment()));
      }
    }
  }

  static void properties(String text, FactsBuilder out) {
    scan(text, SPRING_SQLITE_DRIVER, "Spring datasource driver org.sqlite.JDBC", out, false);
  }

  private static void scan(
      String text, Pattern pattern, String via, FactsBuilder out, boolean sections) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].length() > 4096) {
        continue;
      }
      Matcher m = pattern.matcher(lines[i]);
      if (!m.find()) {
        continue;
      }
      Environment env = out.environment();
      if (sections && env == Environment.PRODUCTION) {
        Environment section = enclosingSection(lines, i);
        env = section == null ? env : section;
      }
      String description = via != null ? via : m.group(1) + ": '" + m.group(2) + "'";
      boolean memory = window(lines, i).contains(":memory:");
      out.add(use(out, i, m.start(), description, memory, env));
    }
  }

  /** The environment named by the object key that encloses line {@code at}, as in a knexfile. */
  private static Environment enclosingSection(String[] lines, int at) {
    int indent = indentOf(lines[at]);
    for (int j = at - 1; j >= 0 && j >= at - 60; j--) {
      if (lines[j].isBlank()) {
        continue;
      }
      int ind = indentOf(lines[j]);
      if (ind < indent) {
        Matcher m = JS_SECTION.matcher(lines[j]);
        if (m.find()) {
          Environment e =
              DatabaseConfigExtractor.sectionEnvironment(m.group(1).toLowerCase(Locale.ROOT));
          if (e != null) {
            return e;
          }
        }
        indent = ind;
      }
    }
    return null;
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static String window(String[] lines, int at) {
    StringBuilder sb = new StringBuilder();
    for (int j = Math.max(0, at - MEMORY_WINDOW);
        j < Math.min(lines.length, at + MEMORY_WINDOW);
        j++) {
      if (lines[j].length() <= 4096) {
        sb.append(lines[j]).append('\n');
      }
    }
    return sb.toString();
  }

  private static DatastoreUse use(
      FactsBuilder out, int lineIndex, int column, String via, boolean memory, Environment env) {
    return new DatastoreUse(
        Engine.SQLITE,
        null,
        out.at(lineIndex + 1, column + 1),
        env,
        via,
        memory,
        false,
        new ArrayList<>());
  }
}
