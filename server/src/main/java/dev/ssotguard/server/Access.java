package dev.ssotguard.server;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may do what. Uploads need a bearer token whose scope covers the repository. Reading needs a
 * token too (a bearer header, or the cookie the login form sets), unless the server runs with
 * {@code --public-read}, e.g. behind the organisation's SSO proxy.
 */
final class Access {
  static final String COOKIE = "ssot_token";

  private final Tokens tokens;
  private final boolean publicRead;

  Access(Tokens tokens, boolean publicRead) {
    this.tokens = tokens;
    this.publicRead = publicRead;
  }

  /** The bearer token's principal (uploads take no cookie: a page cannot upload for a user). */
  Optional<Tokens.Principal> bearer(Context ctx) throws SQLException {
    String header = ctx.header("Authorization");
    if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      return Optional.empty();
    }
    return tokens.authenticate(header.substring(7).strip());
  }

  boolean mayRead(Context ctx) throws SQLException {
    if (publicRead || bearer(ctx).isPresent()) {
      return true;
    }
    String cookie = ctx.cookie(COOKIE);
    return cookie != null && tokens.authenticate(cookie).isPresent();
  }

  boolean valid(String token) throws SQLException {
    return tokens.authenticate(token).isPresent();
  }
}
