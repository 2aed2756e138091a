package dev.ssotguard.model;

import dev.ssotguard.connection.Engine;

/** Where a literal password sits; rules put it into words. The password itself is never kept. */
public sealed interface PasswordSite {

  /**
   * The user-info of a connection string.
   *
   * @param shown the connection string, redacted
   */
  record InUrl(String user, Engine engine, String shown) implements PasswordSite {}

  /**
   * A password setting.
   *
   * @param scope where the setting sits as its file names it (" of compose service 'api'", " in
   *     [client]"), empty for the whole file; it is also part of the fingerprint's key
   */
  record InSetting(String key, String scope) implements PasswordSite {}

  /** A {@code .pgpass} line. */
  record InPgpass(String user) implements PasswordSite {}
}
