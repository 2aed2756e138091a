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

  /** A session that cannot write, with connect, socket and statement timeouts. */
  static Connection connect(DatabaseLogin login) throws SQLException {
    Properties p = login.credentials();
    long seconds = Math.max(1, login.timeout().toSeconds());
    p.setProperty("readOnly", "true");
    p.setProperty("readOnlyMode", "always");
    p.setProperty("connectTimeout", Long.toString(seconds));
    p.setProperty("loginTimeout", Long.toString(seconds));
    p.setProperty("socketTimeout", Long.toString(seconds * 2));
    p.setProperty("sslmode", "prefer");
    p.setProperty("ApplicationName", "ssot-guard probe (read-only)");
    p.setProperty(
        "options",
        "-c default_transaction_read_only=on -c statement_timeout=" + login.timeout().toMillis());
    String url =
        "jdbc:postgresql://"
            + hostForUrl(login.host())
            + ":"
            + login.port()
            + "/"
            + login.database();
    Connection c = DriverManager.getConnection(url, p);
    c.setReadOnly(true);
    return c;
  }

  private static String hostForUrl(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
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
