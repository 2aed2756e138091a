package dev.ssotguard.server;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the server keeps its data: a PostgreSQL the operator named, or an embedded one under the
 * data directory. The URL may be JDBC ({@code jdbc:postgresql://host:port/db?...}) or libpq style
 * ({@code postgresql://user:password@host:port/db?...}); the password goes into connection
 * properties, never into a logged string.
 */
public record DatabaseTarget(String jdbcUrl, Properties login, Path dataDir) {
  public DatabaseTarget {
    login = copy(login);
  }

  /** The login properties (a copy: callers cannot change this target). */
  @Override
  public Properties login() {
    return copy(login);
  }

  /** Never the login or the URL's parameters: this may be logged. */
  @Override
  public String toString() {
    return describe();
  }

  public boolean embedded() {
    return jdbcUrl == null;
  }

  /** The URL for messages: no user or password ever (they live in {@link #login()}). */
  public String describe() {
    // the parameters may hold a password, and so may a user-information part a JDBC URL should
    // not have but an operator may still write
    return embedded()
        ? "embedded PostgreSQL in " + dataDir
        : jdbcUrl.replaceAll("\\?.*", "").replaceFirst("//[^/]*@", "//");
  }

  public static DatabaseTarget embedded(Path dataDir) {
    return new DatabaseTarget(null, new Properties(), dataDir);
  }

  /**
   * Reads an operator's URL. Throws {@link IllegalArgumentException} naming the problem (never the
   * password) for anything that is not a PostgreSQL URL.
   */
  public static DatabaseTarget of(String url, Optional<String> password) {
    String u = url.strip();
    Properties login = new Properties();
    String jdbc;
    String lower = u.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql://")) {
      jdbc = u;
    } else if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
      String rest = u.substring(u.indexOf("://") + 3);
      int slash = rest.indexOf('/');
      String authority = slash < 0 ? rest : rest.substring(0, slash);
      String path = slash < 0 ? "/postgres" : rest.substring(slash);
      int at = authority.lastIndexOf('@');
      if (at >= 0) {
        String userInfo = authority.substring(0, at);
        authority = authority.substring(at + 1);
        int colon = userInfo.indexOf(':');
        login.setProperty(
            "user", UrlCodec.decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
        if (colon >= 0) {
          login.setProperty("password", UrlCodec.decode(userInfo.substring(colon + 1)));
        }
      }
      if (authority.isEmpty()) {
        throw new IllegalArgumentException(
            "the database URL names no host: give postgresql://USER@HOST:PORT/DB");
      }
      jdbc = "jdbc:postgresql://" + authority + path;
    } else {
      throw new IllegalArgumentException(
          "the database URL must be a PostgreSQL URL (postgresql://USER@HOST:PORT/DB or"
              + " jdbc:postgresql://HOST:PORT/DB); the server keeps its data in PostgreSQL only");
    }
    password.ifPresent(p -> login.setProperty("password", p));
    return new DatabaseTarget(jdbc, login, null);
  }

  private static Properties copy(Properties p) {
    Properties c = new Properties();
    c.putAll(p);
    return c;
  }
}
