package dev.ssotguard.model;

/**
 * A literal database password written in a file; the value itself is never kept.
 *
 * @param site where the password sits
 * @param host the host the password is for, or "" when unknown
 * @param remoteHost whether that host is a provider host, an FQDN or a public IP
 * @param tracked whether git tracks the file (true outside a git repository)
 * @param key a stable name for the setting (fingerprints survive line moves)
 */
public record Credential(
    Location location,
    Environment environment,
    PasswordSite site,
    String host,
    boolean remoteHost,
    boolean tracked,
    String key)
    implements Fact {
  public Credential inEnvironment(Environment other) {
    return new Credential(location, other, site, host, remoteHost, tracked, key);
  }
}
