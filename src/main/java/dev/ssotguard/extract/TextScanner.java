package dev.ssotguard.extract;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.connection.Engine;
import dev.ssotguard.connection.Hosts;
import dev.ssotguard.connection.SecretState;
import dev.ssotguard.model.Credential;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.TlsSetting;
import java.util.List;

/**
 * The generic extractor: finds connection strings in any text file, line by line, and records the
 * datastore they name, a literal password they hold and the TLS mode they choose.
 */
final class TextScanner {
  private final ConnectionStringParser parser;

  TextScanner(ConnectionStringParser parser) {
    this.parser = parser;
  }

  void scan(String text, FactsBuilder out) {
    int lineNo = 0;
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      lineNo++;
      String line = text.substring(start, end);
      if (mayHoldConnection(line)) {
        scanLine(line, lineNo, out);
      }
      start = end + 1;
    }
  }

  private static boolean mayHoldConnection(String line) {
    return line.contains("://") || line.contains("jdbc:") || line.contains("dbname=");
  }

  private void scanLine(String line, int lineNo, FactsBuilder out) {
    List<ConnectionString> found = parser.findAll(line);
    for (ConnectionString cs : found) {
      Location at = out.at(lineNo, cs.start() + 1);
      boolean doc = out.kind == FileKind.DOCUMENTATION;
      out.uses.add(
          new DatastoreUse(
              cs.engine(), cs, at, out.environment(), via(cs), cs.inMemory(), doc, List.of()));
      String host = cs.host();
      if (cs.password() == SecretState.LITERAL && (!doc || Hosts.isRemote(host))) {
        out.credentials.add(
            new Credential(
                at,
                out.environment(),
                "a literal password for user '"
                    + cs.user()
                    + "' in a "
                    + cs.engine().displayName()
                    + " connection string ("
                    + cs.redacted()
                    + ")",
                host,
                Hosts.isRemote(host),
                out.file.tracked(),
                "url:" + cs.user() + "@" + host + "/" + cs.database()));
      }
      String sslmode = cs.param("sslmode");
      if (cs.engine() == Engine.POSTGRESQL && sslmode != null && !doc) {
        out.tls.add(
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
