package dev.ssotguard.model;

/**
 * A connection setting that chooses the TLS mode for PostgreSQL.
 *
 * @param mode the sslmode as written (disable, allow, prefer, require, verify-ca, verify-full)
 * @param host the host the setting applies to, "" when unknown
 */
public record TlsSetting(
    Location location, Environment environment, String mode, String host, String via)
    implements Fact {
  public TlsSetting inEnvironment(Environment other) {
    return new TlsSetting(location, other, mode, host, via);
  }
}
