package dev.ssotguard.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A literal database password written in a file; the value itself is never kept.
 *
 * @param site where the password sits
 * @param host the host the password is for, or "" when unknown
 * @param remoteHost whether that host is a provider host, an FQDN or a public IP
 * @param tracked whether git tracks the file (true outside a git repository)
 * @param key a stable name for the setting (fingerprints survive line moves)
 * @param sameValue equal for settings of one scan that hold the same value (a salted digest made
 *     with a key drawn per process, so it says nothing about the value), "" when not compared; it
 *     only groups repeats and is never printed
 */
public record Credential(
    Location location,
    Environment environment,
    PasswordSite site,
    String host,
    boolean remoteHost,
    boolean tracked,
    String key,
    String sameValue)
    implements Fact {

  /** A credential whose value is not compared with others (URLs are grouped by their parts). */
  public Credential(
      Location location,
      Environment environment,
      PasswordSite site,
      String host,
      boolean remoteHost,
      boolean tracked,
      String key) {
    this(location, environment, site, host, remoteHost, tracked, key, "");
  }

  public Credential inEnvironment(Environment other) {
    return new Credential(location, other, site, host, remoteHost, tracked, key, sameValue);
  }

  /** The {@link #sameValue} of a password value. */
  public static String sameValueOf(String value) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(Salt.BYTES);
      byte[] digest = sha.digest(value.trim().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "Credential[" + location + ", " + site + ", " + key + "]";
  }

  /** Drawn once per process: digests are comparable within a scan and useless outside it. */
  private static final class Salt {
    private static final byte[] BYTES = draw();

    private Salt() {}

    private static byte[] draw() {
      byte[] salt = new byte[16];
      new SecureRandom().nextBytes(salt);
      return salt;
    }
  }
}
