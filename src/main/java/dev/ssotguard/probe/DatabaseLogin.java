package dev.ssotguard.probe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * Where and as whom to connect. {@link #toString()} never shows the password.
 *
 * @param timeout the limit for connecting and for each statement
 */
public record DatabaseLogin(
    String host, int port, String database, String user, String password, Duration timeout) {
  @Override
  public String toString() {
    return user + "@" + host + ":" + port + "/" + database;
  }

  /** The longest database or user name sent (PostgreSQL's limit is 63 bytes, MySQL's 64). */
  static final int MAX_NAME = 64;

  private static final String REFUSED_IN_DATABASE = "?&/=;#%\\'\"`";

  /**
   * Refuses a database or user name that could change the session's settings were it ever read as
   * part of a URL ({@code ? & / =} and the like), holds controls, or is over-long. The drivers get
   * names as properties, not in a URL; this is the second wall.
   */
  void check() throws ProbeException {
    if (host == null || !host.matches("[A-Za-z0-9._-]{1,253}|[0-9A-Fa-f:.]{2,45}")) {
      throw new ProbeException("the address is not a host name or IP address; nothing was sent");
    }
    String db = database == null ? "" : database;
    for (int i = 0; i < db.length(); i++) {
      char c = db.charAt(i);
      if (REFUSED_IN_DATABASE.indexOf(c) >= 0 || Character.isISOControl(c)) {
        throw new ProbeException(
            "the database name holds '"
                + (Character.isISOControl(c) ? "a control character" : String.valueOf(c))
                + "', which the probe refuses (it could carry connection settings); nothing was"
                + " sent");
      }
    }
    if (db.length() > MAX_NAME || (user != null && user.length() > MAX_NAME)) {
      throw new ProbeException("the database or user name is over " + MAX_NAME + " characters");
    }
    if (user != null && user.chars().anyMatch(Character::isISOControl)) {
      throw new ProbeException("the user name holds a control character; nothing was sent");
    }
  }

  /** The host as a URL writes it (IPv6 in brackets); {@link #check} has vetted it. */
  String hostForUrl() {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  /** User and password as driver properties. */
  Properties credentials() {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) {
      p.setProperty("password", password);
    }
    return p;
  }

  /** The failure of a session step, naming the server but never the password. */
  ProbeException failed(String engine, SQLException e) {
    return new ProbeException(
        engine + " " + this + ": " + scrub(e.getMessage()) + " (SQLSTATE " + e.getSQLState() + ")");
  }

  /** The first column of the first row of a SELECT, or null. */
  static String one(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      return r.next() ? r.getString(1) : null;
    }
  }

  /** A driver message with the password taken out, should a driver ever echo it. */
  String scrub(String message) {
    String m = message == null ? "" : message;
    return password == null || password.isEmpty() ? m : m.replace(password, "****");
  }
}
