package dev.ssotguard.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Upload and read tokens. A token is 32 random bytes shown once; the database keeps its SHA-256
 * only (a token has 256 bits of entropy, so a fast hash cannot be guessed back, unlike a password).
 * Its scope is {@code *} (every organisation), an organisation, or one repository.
 */
public final class Tokens {
  /** {@code *}, {@code OWNER} or {@code OWNER/NAME}, in the characters forges allow. */
  private static final Pattern SCOPE =
      Pattern.compile("\\*|[A-Za-z0-9][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9._-]{1,100})?");

  private static final String PREFIX = "ssot_";
  private final DataSource source;
  private final SecureRandom random = new SecureRandom();

  public Tokens(DataSource source) {
    this.source = source;
  }

  /** A token row as listed: never the token or its hash. */
  public record Listed(
      long id, String scope, String label, OffsetDateTime created, OffsetDateTime revoked) {}

  /** Who a presented token speaks for. */
  public record Principal(long tokenId, String scope) {
    public boolean mayUpload(String owner, String name) {
      return scope.equals("*")
          || scope.equalsIgnoreCase(owner)
          || scope.equalsIgnoreCase(owner + "/" + name);
    }
  }

  public static boolean validScope(String scope) {
    return SCOPE.matcher(scope).matches();
  }

  /** Creates a token and returns it: the only time it is seen. */
  public String create(String scope, String label) throws SQLException {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    store(scope, label, token);
    return token;
  }

  /**
   * Stores a token the operator chose ({@code SSOT_SERVER_TOKEN} at start): every scope, kept once
   * however often servers start with it.
   */
  public void seed(String token) throws SQLException {
    try (Connection c = source.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO tokens (scope, label, hash) VALUES ('*', 'SSOT_SERVER_TOKEN', ?)"
                    + " ON CONFLICT (hash) DO NOTHING")) {
      s.setBytes(1, hash(token));
      s.executeUpdate();
    }
  }

  private void store(String scope, String label, String token) throws SQLException {
    try (Connection c = source.getConnection();
        PreparedStatement s =
            c.prepareStatement("INSERT INTO tokens (scope, label, hash) VALUES (?, ?, ?)")) {
      s.setString(1, scope);
      s.setString(2, label);
      s.setBytes(3, hash(token));
      s.executeUpdate();
    }
  }

  public List<Listed> list() throws SQLException {
    List<Listed> out = new ArrayList<>();
    try (Connection c = source.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id, scope, label, created_at, revoked_at FROM tokens ORDER BY id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(
            new Listed(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getObject(4, OffsetDateTime.class),
                r.getObject(5, OffsetDateTime.class)));
      }
    }
    return out;
  }

  /** Revokes a token by id; false when there is no such token (or it was revoked before). */
  public boolean revoke(long id) throws SQLException {
    try (Connection c = source.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE tokens SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL")) {
      s.setLong(1, id);
      return s.executeUpdate() == 1;
    }
  }

  /** The principal of a presented token, when it is known and not revoked. */
  public Optional<Principal> authenticate(String presented) throws SQLException {
    if (presented == null || presented.length() < 16 || presented.length() > 512) {
      return Optional.empty();
    }
    try (Connection c = source.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id, scope FROM tokens WHERE hash = ? AND revoked_at IS NULL")) {
      s.setBytes(1, hash(presented));
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(new Principal(r.getLong(1), r.getString(2)))
            : Optional.empty();
      }
    }
  }

  static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
