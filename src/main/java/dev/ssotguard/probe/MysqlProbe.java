package dev.ssotguard.probe;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A read-only look at a MySQL/MariaDB server: version, MariaDB-ness, stored routines, triggers and
 * events outside the system schemas (SSOT204 live), the event scheduler, and tool fingerprints.
 */
public final class MysqlProbe {
  private static final String NOT_SYSTEM =
      " not in ('mysql', 'sys', 'information_schema', 'performance_schema')";

  public DatabaseReport probe(DatabaseLogin login) throws ProbeException {
    login.check();
    try (Connection c = connect(login)) {
      String version = DatabaseLogin.one(c, "select version()");
      boolean mariadb = version != null && version.toLowerCase(Locale.ROOT).contains("mariadb");
      List<DatabaseReport.LiveRoutine> routines = new ArrayList<>();
      collect(
          c,
          "select routine_schema, routine_type, routine_name from information_schema.routines"
              + " where routine_schema"
              + NOT_SYSTEM,
          routines);
      collect(
          c,
          "select trigger_schema, 'TRIGGER', trigger_name from information_schema.triggers"
              + " where trigger_schema"
              + NOT_SYSTEM,
          routines);
      collect(
          c,
          "select event_schema, 'EVENT', event_name from information_schema.events"
              + " where event_schema"
              + NOT_SYSTEM,
          routines);
      return new DatabaseReport(
          mariadb ? "mariadb" : "mysql",
          version,
          tls(c),
          DatabaseLogin.one(c, "select current_user()"),
          login.database(),
          login.port() == 25060 ? List.of("digitalocean: port 25060 convention") : List.of(),
          Fingerprints.find(c, NOT_SYSTEM),
          routines,
          DatabaseLogin.one(c, "select @@event_scheduler"));
    } catch (SQLException e) {
      throw login.failed("MySQL/MariaDB", e);
    }
  }

  /**
   * A read-only session with connect, socket and statement timeouts. The URL is fixed (host and
   * port); the database is chosen with {@code setCatalog} (quoted by the driver); the safety
   * settings are set last and checked on the server. A password goes only over TLS: without it
   * Connector/J's first answer carries a mysql_native_password hash (a SHA-1 challenge, crackable
   * like PostgreSQL's MD5), and a server could switch to a cleartext plugin.
   */
  static Connection connect(DatabaseLogin login) throws SQLException, ProbeException {
    if (login.password() == null) {
      return open(login, "disable");
    }
    try {
      return open(login, "trust");
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("ssl")) {
        throw new ProbeException(
            "the server offers no TLS, so the probe sent no password (without TLS the login would"
                + " expose a mysql_native_password hash or the password itself); enable TLS on"
                + " the server");
      }
      throw e;
    }
  }

  private static Connection open(DatabaseLogin login, String sslMode)
      throws SQLException, ProbeException {
    Properties p = login.credentials();
    long millis = Math.max(1000, login.timeout().toMillis());
    p.setProperty("connectTimeout", Long.toString(millis));
    p.setProperty("socketTimeout", Long.toString(millis * 2));
    p.setProperty("sslMode", sslMode);
    // Never a plugin that sends the password itself (mysql_clear_password, dialog).
    p.setProperty(
        "restrictedAuth", "mysql_native_password,client_ed25519,parsec,caching_sha2_password");
    p.setProperty("allowPublicKeyRetrieval", "false");
    p.setProperty("allowLocalInfile", "false");
    p.setProperty("createDatabaseIfNotExist", "false");
    p.setProperty("permitMysqlScheme", "true");
    if (!login.host().matches("[A-Za-z0-9._-]{1,253}|[0-9A-Fa-f:.]{2,45}")) {
      throw new ProbeException("the address is not a host name or IP address; nothing was sent");
    }
    String host = login.host().contains(":") ? "[" + login.host() + "]" : login.host();
    Connection c =
        DriverManager.getConnection("jdbc:mariadb://" + host + ":" + login.port() + "/", p);
    try {
      c.setReadOnly(true);
      try (Statement s = c.createStatement()) {
        s.execute("SET SESSION TRANSACTION READ ONLY");
        long seconds = Math.max(1, login.timeout().toSeconds());
        try {
          s.execute("SET SESSION max_statement_time = " + seconds); // MariaDB
        } catch (SQLException notMariaDb) {
          s.execute("SET SESSION max_execution_time = " + seconds * 1000); // MySQL
        }
      }
      requireReadOnly(c);
      if (login.database() != null && !login.database().isEmpty()) {
        c.setCatalog(login.database());
      }
      return c;
    } catch (SQLException | ProbeException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /** The server's own word that the session cannot write (MySQL 8 and MariaDB name it apart). */
  private static void requireReadOnly(Connection c) throws SQLException, ProbeException {
    String readOnly;
    try {
      readOnly = DatabaseLogin.one(c, "select @@session.transaction_read_only");
    } catch (SQLException olderName) {
      readOnly = DatabaseLogin.one(c, "select @@session.tx_read_only");
    }
    if (!"1".equals(readOnly)) {
      throw new ProbeException(
          "the session is not read-only (transaction_read_only="
              + readOnly
              + "); the probe closed it without asking anything");
    }
  }

  private static String tls(Connection c) {
    try (PreparedStatement s = c.prepareStatement("show session status like 'Ssl_version'");
        ResultSet r = s.executeQuery()) {
      if (r.next()) {
        String v = r.getString(2);
        return v == null || v.isEmpty() ? "off" : v;
      }
      return "unknown";
    } catch (SQLException e) {
      return "unknown";
    }
  }

  private static void collect(Connection c, String sql, List<DatabaseReport.LiveRoutine> out)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(new DatabaseReport.LiveRoutine(r.getString(1), r.getString(2), r.getString(3)));
      }
    }
  }
}
