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
