package dev.ssotguard.connection;

import java.util.regex.Pattern;

/**
 * Masks the password of {@code scheme://user:secret} wherever it sits in a text: the parser's last
 * pass over its own redacted string (a URL nested in another's path, query or fragment) and the
 * report's redaction boundary use the same two patterns, so they cannot drift apart.
 */
public final class UserInfoMask {
  private static final String USER = "(://[^/@\\s:]{0,256}:)";

  /** {@code ://user:secret@}: the password of a well-formed user info. */
  private static final Pattern BEFORE_AT =
      Pattern.compile(USER + "(?!\\*\\*\\*\\*@)[^@\\s/]{1,512}@");

  /**
   * {@code ://user:secret} with no {@code @} (a string cut or split across lines): everything after
   * {@code user:} that is not a port or a template is masked, fail-closed, up to the next separator
   * however long the run (a bound here once let a long run through unmasked). The value never
   * swallows a following {@code ://}, or the URL behind it would keep its password; it is matched
   * possessively, so a run is scanned once.
   */
  private static final String UNTERMINATED =
      USER
          + "(?!\\*\\*\\*\\*)(?![0-9]{1,5}(?![^/?#\\s,;)'\"]))(?!\\$\\{)(?!\\{)"
          + "(?:[^@\\s/?#'\":]|:(?!//))++";

  private static final Pattern ANYWHERE = Pattern.compile(UNTERMINATED);

  /** The same, but never at the text's first scheme (the parser judged that one itself). */
  private static final Pattern NESTED = Pattern.compile("(?<=.)" + UNTERMINATED);

  private UserInfoMask() {}

  /** Masks every user-info password in a text (the report's redaction boundary). */
  public static String everywhere(String text) {
    return ANYWHERE.matcher(maskBeforeAt(text)).replaceAll("$1****");
  }

  /** Masks user-info passwords of URLs nested in a connection string's redacted text. */
  static String nested(String redacted) {
    return NESTED.matcher(maskBeforeAt(redacted)).replaceAll("$1****");
  }

  private static String maskBeforeAt(String text) {
    return BEFORE_AT.matcher(text).replaceAll("$1****@");
  }
}
