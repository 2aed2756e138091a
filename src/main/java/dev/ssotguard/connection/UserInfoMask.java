package dev.ssotguard.connection;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the password of {@code scheme://user:secret} wherever it sits in a text: the parser's last
 * pass over its own redacted string (a URL nested in another's path, query or fragment) and the
 * report's redaction boundary use the same code, so they cannot drift apart.
 */
public final class UserInfoMask {
  private static final String USER = "(://[^/@\\s:]{0,256}:)";
  private static final String MASK = "****";

  /** {@code ://user:secret@}: the password of a well-formed user info. */
  private static final Pattern BEFORE_AT =
      Pattern.compile(USER + "(?!\\*\\*\\*\\*@)[^@\\s/]{1,512}@");

  /**
   * {@code ://user:} followed by something that is not a port, a template or a mask: the start of
   * an unterminated password (a string cut or split across lines), masked fail-closed.
   */
  private static final String UNTERMINATED =
      USER + "(?!\\*\\*\\*\\*)(?![0-9]{1,5}(?![^/?#\\s,;)'\"]))(?!\\$\\{)(?!\\{)";

  private static final Pattern ANYWHERE = Pattern.compile(UNTERMINATED);

  /** The same, but never at the text's first scheme (the parser judged that one itself). */
  private static final Pattern NESTED = Pattern.compile("(?<=.)" + UNTERMINATED);

  private UserInfoMask() {}

  /** Masks every user-info password in a text (the report's redaction boundary). */
  public static String everywhere(String text) {
    return maskUnterminated(ANYWHERE, maskBeforeAt(text));
  }

  /** Masks user-info passwords of URLs nested in a connection string's redacted text. */
  static String nested(String redacted) {
    return maskUnterminated(NESTED, maskBeforeAt(redacted));
  }

  private static String maskBeforeAt(String text) {
    return BEFORE_AT.matcher(text).replaceAll("$1" + MASK + "@");
  }

  /**
   * After each head, everything up to the next separator is masked, however long the run. The run
   * is scanned here, not by the regex: a repeated alternation recurses once per character in
   * java.util.regex and overflows the stack on a long run (a fuzzer finding). The run never
   * swallows a following {@code ://}, or the URL behind it would keep its password.
   */
  private static String maskUnterminated(Pattern head, String text) {
    Matcher m = head.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int end = valueEnd(text, m.end());
      if (end == m.end()) {
        from = m.start() + 1; // nothing to mask here; a later "://" may start inside this match
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, m.end()).append(MASK);
      copied = end;
      from = end;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private static int valueEnd(String text, int start) {
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '@' || c == '/' || c == '?' || c == '#' || c == '\'' || c == '"') {
        break;
      }
      if (Character.isWhitespace(c) || (c == ':' && text.startsWith("//", i + 1))) {
        break;
      }
      i++;
    }
    return i;
  }
}
