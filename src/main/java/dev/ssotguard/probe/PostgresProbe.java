package dev.ssotguard.probe;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A read-only look at a PostgreSQL server: version, TLS, provider hints and tool fingerprints. The
 * session is read-only three ways: {@code readOnlyMode=always}, {@code
 * default_transaction_read_only}, and only SELECT statements are sent.
 */
public final class PostgresProbe {
  private static final Set<String> SUPABASE_ROLES =
      Set.of("supabase_admin", "authenticator", "anon", "service_role", "supabase_auth_admin");
  private static final Set<String> SUPABASE_SCHEMAS =
      Set.of("auth", "storage", "supabase_migrations", "realtime");

  public DatabaseReport probe(DatabaseLogin login) throws ProbeException {
    login.check();
    try (Connection c = connect(login)) {
      String version = DatabaseLogin.one(c, "select current_setting('server_version')");
      String user = DatabaseLogin.one(c, "select current_user");
      String database = DatabaseLogin.one(c, "select current_database()");
      String tls = tls(c);
      return new DatabaseReport(
          "postgresql",
          version,
          tls,
          user,
          database,
          hints(c, login),
          Fingerprints.find(c, "not in ('pg_catalog', 'information_schema')"),
          List.of(),
          null);
    } catch (SQLException e) {
      throw login.failed("PostgreSQL", e);
    }
  }

  /**
   * A session that cannot write, with connect, socket and statement timeouts. The URL is fixed
   * (host and port only); the database and every setting are driver properties, the safety ones set
   * last, and checked on the server before anything else is asked. A password goes only over TLS,
   * or by SCRAM when the server has no TLS ({@link TlsBoundPassword}).
   */
  static Connection connect(DatabaseLogin login) throws SQLException, ProbeException {
    if (login.password() == null) {
      return open(login, "prefer");
    }
    try {
      return open(login, "require");
    } catch (SQLException e) {
      if (!"08004".equals(e.getSQLState()) || !String.valueOf(e.getMessage()).contains("SSL")) {
        throw e;
      }
    }
    return open(login, "disable");
  }

  private static Connection open(DatabaseLogin login, String sslmode)
      throws SQLException, ProbeException {
    Properties p = login.credentials();
    long seconds = Math.max(1, login.timeout().toSeconds());
    p.setProperty("PGDBNAME", login.database());
    p.setProperty("connectTimeout", Long.toString(seconds));
    p.setProperty("loginTimeout", Long.toString(seconds));
    p.setProperty("socketTimeout", Long.toString(seconds * 2));
    p.setProperty("sslmode", sslmode);
    p.setProperty("ApplicationName", "ssot-guard probe (read-only)");
    if (login.password() != null) {
      p.setProperty("authenticationPluginClassName", TlsBoundPassword.class.getName());
      p.setProperty(TlsBoundPassword.TLS, Boolean.toString(sslmode.equals("require")));
    }
    p.setProperty(
        "options",
        "-c default_transaction_read_only=on -c statement_timeout=" + login.timeout().toMillis());
    p.setProperty("readOnly", "true");
    p.setProperty("readOnlyMode", "always");
    Connection c =
        DriverManager.getConnection(
            "jdbc:postgresql://" + login.hostForUrl() + ":" + login.port() + "/", p);
    try {
      c.setReadOnly(true);
      requireReadOnly(c);
      return c;
    } catch (SQLException | ProbeException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /** The server's own word that this session cannot write; without it nothing else is asked. */
  private static void requireReadOnly(Connection c) throws SQLException, ProbeException {
    String byDefault = DatabaseLogin.one(c, "show default_transaction_read_only");
    String now = DatabaseLogin.one(c, "show transaction_read_only");
    if (!"on".equals(byDefault) || !"on".equals(now)) {
      throw new ProbeException(
          "the session is not read-only (default_transaction_read_only="
              + byDefault
              + ", transaction_read_only="
              + now
              + "); the probe closed it without asking anything");
    }
  }

  private static String tls(Connection c) {
    try (PreparedStatement s =
            c.prepareStatement(
                "select ssl, version from pg_stat_ssl where pid = pg_backend_pid()");
        ResultSet r = s.executeQuery()) {
      if (r.next()) {
        return r.getBoolean(1) ? r.getString(2) : "off";
      }
      return "unknown";
    } catch (SQLException e) {
      return "unknown";
    }
  }

  private static List<String> hints(Connection c, DatabaseLogin login) throws SQLException {
    List<String> hints = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("select rolname from pg_roles order by 1");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        String role = r.getString(1);
        if (SUPABASE_ROLES.contains(role)) {
          hints.add("supabase: role " + role);
        } else if (role.equals("doadmin")) {
          hints.add("digitalocean: role doadmin");
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement("select nspname from pg_namespace order by 1");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        if (SUPABASE_SCHEMAS.contains(r.getString(1))) {
          hints.add("supabase: schema " + r.getString(1));
        }
      }
    }
    if (login.database().equals("defaultdb") || login.port() == 25060 || login.port() == 25061) {
      hints.add("digitalocean: defaultdb/port 25060 convention");
    }
    return hints;
  }
}
