package dev.ssotguard.probe;

import java.time.Duration;

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

  /** A driver message with the password taken out, should a driver ever echo it. */
  String scrub(String message) {
    String m = message == null ? "" : message;
    return password == null || password.isEmpty() ? m : m.replace(password, "****");
  }
}
