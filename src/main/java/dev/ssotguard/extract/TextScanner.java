package dev.ssotguard.extract;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.connection.Engine;
import dev.ssotguard.connection.Hosts;
import dev.ssotguard.connection.SecretState;
import dev.ssotguard.model.Credential;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.PasswordSite;
import dev.ssotguard.model.TlsSetting;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The generic extractor: finds connection strings in any text file, line by line, and records the
 * datastore they name, a literal password they hold and the TLS mode they choose.
 */
final class TextScanner implements Extractor {
  private static final String[] NEEDLES = {"://", "jdbc:", "dbname="};
  private final ConnectionStringParser parser;
  private final FreeTextFields freeText;

  TextScanner(ConnectionStringParser parser, FreeTextFields freeText) {
    this.parser = parser;
    this.freeText = freeText;
  }

  @Override
  public Set<FileKind> kinds() {
    return EnumSet.allOf(FileKind.class);
  }

  @Override
  public boolean wants(String fileName, int needles) {
    return (needles & Needles.CONNECTION) != 0;
  }

  @Override
  public boolean runsAfterFailure() {
    return true;
  }

  @Override
  public void extract(Source source, FactsBuilder out) {
    try {
      scan(source.text(), out);
    } catch (RuntimeException | StackOverflowError e) {
      out.note(1, 1, "text scan stopped (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Only lines holding a needle are parsed. The needles are found with {@code indexOf} over the
   * whole text (each needle's next position cached), so most files cost one pass per needle.
   */
  void scan(String text, FactsBuilder out) {
    int[] next = new int[NEEDLES.length];
    for (int k = 0; k < NEEDLES.length; k++) {
      next[k] = text.indexOf(NEEDLES[k]);
    }
    int lineNo = 1;
    int counted = 0;
    FreeTextFields prose = FreeTextFields.appliesTo(out.kind) ? freeText.forFile() : null;
    int from = 0;
    while (from < text.length()) {
      int hit = Integer.MAX_VALUE;
      for (int k = 0; k < NEEDLES.length; k++) {
        if (next[k] >= 0 && next[k] < from) {
          next[k] = text.indexOf(NEEDLES[k], from);
        }
        if (next[k] >= 0) {
          hit = Math.min(hit, next[k]);
        }
      }
      if (hit == Integer.MAX_VALUE) {
        return;
      }
      int lineStart = hit == 0 ? 0 : text.lastIndexOf('\n', hit - 1) + 1;
      int lineEnd = text.indexOf('\n', hit);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      List<ConnectionString> found = parser.findAll(line);
      if (!found.isEmpty()) {
        // Line numbers are counted only up to lines that hold something, and only once.
        for (int i = text.indexOf('\n', counted);
            i >= 0 && i < lineStart;
            i = text.indexOf('\n', i + 1)) {
          lineNo++;
        }
        counted = lineStart;
        boolean doc =
            out.kind == FileKind.DOCUMENTATION || (prose != null && prose.isProse(text, lineStart));
        record(found, lineNo, isBiDatasource(line), doc, out);
      }
      from = lineEnd + 1;
    }
  }

  /**
   * A URL that source code builds from its parts, every part interpolated (a JavaScript template
   * literal `mongodb://${u}:${p}@${h}`): a template, not a datastore; a configuration file's ${VAR}
   * URL is a deployment's datastore and stays one.
   */
  private static boolean isCodeTemplate(ConnectionString cs, FileKind kind) {
    return (kind == FileKind.SCRIPT || kind == FileKind.PYTHON)
        && Hosts.isVariable(cs.host())
        && (cs.user().isEmpty() || Hosts.isVariable(cs.user()))
        && cs.password() != SecretState.LITERAL;
  }

  /** A Superset datasource: an import bundle's sqlalchemy_uri or a set-database-uri command. */
  private static boolean isBiDatasource(String line) {
    return line.contains("sqlalchemy_uri")
        || line.contains("set-database-uri")
        || line.contains("set_database_uri");
  }

  private void record(
      List<ConnectionString> found, int lineNo, boolean bi, boolean doc, FactsBuilder out) {
    for (ConnectionString cs : found) {
      if (isCodeTemplate(cs, out.kind)) {
        continue;
      }
      Location at = out.at(lineNo, cs.start() + 1);
      out.add(
          new DatastoreUse(
              cs.engine(),
              cs,
              at,
              out.environment(),
              bi ? DatastoreUse.BI_DATASOURCE : via(cs),
              cs.inMemory(),
              doc,
              List.of()));
      String host = cs.host();
      if (cs.password() == SecretState.LITERAL && (!doc || Hosts.isRemote(host))) {
        out.add(
            new Credential(
                at,
                out.environment(),
                new PasswordSite.InUrl(cs.user(), cs.engine(), cs.redacted()),
                host,
                Hosts.isRemote(host),
                out.file.tracked(),
                "url:" + cs.user() + "@" + host + "/" + cs.database()));
      }
      String sslmode = cs.param("sslmode");
      if (cs.engine() == Engine.POSTGRESQL && sslmode != null && !doc) {
        out.add(
            new TlsSetting(
                at, out.environment(), sslmode, cs.host(), "sslmode in " + cs.redacted()));
      }
    }
  }

  static String via(ConnectionString cs) {
    return switch (cs.syntax()) {
      case JDBC -> "JDBC URL";
      case R2DBC -> "R2DBC URL";
      case KEYWORD_DSN -> "libpq keyword DSN";
      case FILE_URL -> "file URL";
      case URL ->
          cs.scheme().contains("+") || cs.engine() == Engine.SQLITE ? "SQLAlchemy URL" : "URL";
    };
  }
}
