package dev.ssotguard.connection;

import java.util.List;
import java.util.Map;

/**
 * A parsed datastore connection string. The password is never kept: only whether it is absent, a
 * placeholder, a variable or a literal, and {@link #redacted()} is the text with it masked.
 *
 * @param scheme the scheme as written, e.g. {@code postgresql+psycopg2}, {@code jdbc:sqlite}
 * @param params query or keyword parameters, keys lower-cased, secret values masked
 * @param start offset of the string in the text it was found in
 * @param end offset just past the string in the text it was found in
 */
public record ConnectionString(
    String scheme,
    Engine engine,
    Syntax syntax,
    List<HostPort> hosts,
    String user,
    SecretState password,
    String database,
    Map<String, String> params,
    boolean inMemory,
    String redacted,
    int start,
    int end) {

  /** The notation a connection string was written in. */
  public enum Syntax {
    URL,
    KEYWORD_DSN,
    JDBC,
    R2DBC,
    FILE_URL
  }

  public ConnectionString {
    hosts = List.copyOf(hosts);
    params = Map.copyOf(params);
  }

  /**
   * An embedded database (SQLite, H2 file or memory): no host or user; a password (SQLCipher's
   * passphrase, H2's {@code ;PASSWORD=}) is classified, and masked in {@code redacted}, by the
   * caller.
   */
  static ConnectionString embedded(
      String scheme,
      Engine engine,
      Syntax syntax,
      String path,
      Map<String, String> params,
      boolean inMemory,
      SecretState password,
      String text,
      String redacted,
      int offset) {
    return new ConnectionString(
        scheme,
        engine,
        syntax,
        List.of(),
        "",
        password,
        path,
        params,
        inMemory,
        redacted,
        offset,
        offset + text.length());
  }

  public String host() {
    return hosts.isEmpty() ? "" : hosts.get(0).host();
  }

  public int port() {
    return hosts.isEmpty() ? 0 : hosts.get(0).port();
  }

  public EndpointClass endpoint() {
    return EndpointClassifier.classify(this);
  }

  public String param(String key) {
    return params.get(key);
  }
}
