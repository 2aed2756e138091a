package dev.ssotguard.extract;

import dev.ssotguard.connection.ConnectionStringParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One pass over a file's bytes telling which extractors have anything to read in it, so a file with
 * nothing of interest is never decoded or parsed. It does work only at {@code :} and {@code =}
 * bytes: a database scheme before {@code ://}, {@code jdbc:}, {@code dbname=}, and the key word in
 * front of a {@code key: value} or {@code key = value}. The needles are ASCII, so UTF-8 bytes
 * match.
 */
final class Needles {
  /** A URL whose scheme names a datastore (not http, ftp, ...). */
  static final int DATABASE_URL = 1;

  static final int JDBC = 1 << 1;
  static final int DSN = 1 << 2;
  static final int PASSWORD = 1 << 3;
  static final int HOST = 1 << 4;
  static final int DJANGO = 1 << 5;
  static final int SQLITE = 1 << 6;
  static final int SUPERSET_URI = 1 << 7;
  static final int CONNECTION = DATABASE_URL | JDBC | DSN;

  private static final List<byte[]> ENGINE_SETTING_KEYS =
      bytes(List.of("client", "dialect", "type", "driver", "provider", "adapter"));
  private static final byte[] JDBC_WORD = ascii("jdbc");
  private static final byte[] DBNAME_WORD = ascii("dbname");
  private static final byte[] PASS = ascii("pass");
  private static final byte[] PWD = ascii("pwd");
  private static final byte[] HOST_WORD = ascii("host");
  private static final byte[] ENGINE = ascii("engine");
  private static final byte[] SUPERSET_URI_WORD = ascii("sqlalchemy_database_uri");
  private static final int MAX_WORD = 64;
  private static final List<byte[]> SCHEMES = bytes(ConnectionStringParser.databaseSchemes());

  private Needles() {}

  /**
   * @param keys whether to classify key words (only the Python and script extractors use them)
   */
  static int scan(byte[] b, boolean keys) {
    int mask = 0;
    int n = b.length;
    for (int i = 0; i < n; i++) {
      byte c = b[i];
      if (c == ':') {
        if (i + 2 < n && b[i + 1] == '/' && b[i + 2] == '/') {
          mask |= databaseScheme(b, i) ? DATABASE_URL : 0;
        } else {
          mask |= endsWith(b, i, JDBC_WORD) ? JDBC : 0;
          mask |= keys && quotedValueAfter(b, i) ? keyFlags(b, i) : 0;
        }
      } else if (c == '=') {
        mask |= endsWith(b, i, DBNAME_WORD) ? DSN : 0;
        mask |= keys && quotedValueAfter(b, i) ? keyFlags(b, i) : 0;
      }
    }
    return mask;
  }

  /** The scheme before {@code ://} at {@code sep}, less any {@code +driver}, is a datastore's. */
  private static boolean databaseScheme(byte[] b, int sep) {
    int start = wordStart(b, sep);
    int end = sep;
    if (start > 0 && b[start - 1] == '+') {
      end = start - 1;
      start = wordStart(b, end);
    }
    for (byte[] scheme : SCHEMES) {
      if (equalsIgnoreCase(b, start, end, scheme)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every key the extractors look for holds a quoted literal ({@code PASSWORD = "..."}, {@code
   * 'ENGINE': '...'}, {@code client: 'sqlite3'}); checking the value's quote first keeps the pass
   * cheap on code full of {@code :} and {@code =}.
   */
  private static boolean quotedValueAfter(byte[] b, int sep) {
    int i = sep + 1;
    while (i < b.length && i - sep < 4 && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    return i < b.length && (b[i] == '"' || b[i] == '\'' || b[i] == '`');
  }

  /** Flags for the key in front of a separator: {@code PASSWORD =}, {@code "ENGINE":}, ... */
  private static int keyFlags(byte[] b, int sep) {
    int end = sep;
    while (end > 0 && isKeyDelimiter(b[end - 1])) {
      end--;
    }
    int start = wordStart(b, end);
    if (end - start < 3) {
      return 0;
    }
    int flags = 0;
    if (containsIgnoreCase(b, start, end, PASS) || containsIgnoreCase(b, start, end, PWD)) {
      flags |= PASSWORD;
    }
    if (containsIgnoreCase(b, start, end, HOST_WORD)) {
      flags |= HOST;
    }
    if (equalsIgnoreCase(b, start, end, ENGINE)) {
      flags |= DJANGO;
    }
    if (equalsIgnoreCase(b, start, end, SUPERSET_URI_WORD)) {
      flags |= SUPERSET_URI;
    }
    for (byte[] key : ENGINE_SETTING_KEYS) {
      if (equalsIgnoreCase(b, start, end, key)) {
        flags |= SQLITE;
      }
    }
    return flags;
  }

  private static boolean isKeyDelimiter(byte c) {
    return c == ' ' || c == '\t' || c == '"' || c == '\'';
  }

  private static boolean equalsIgnoreCase(byte[] b, int start, int end, byte[] word) {
    return end - start == word.length && regionIgnoreCase(b, start, word);
  }

  private static boolean containsIgnoreCase(byte[] b, int start, int end, byte[] word) {
    for (int i = start; i + word.length <= end; i++) {
      if (regionIgnoreCase(b, i, word)) {
        return true;
      }
    }
    return false;
  }

  /** {@code word} is lower-case ASCII. */
  private static boolean regionIgnoreCase(byte[] b, int at, byte[] word) {
    for (int k = 0; k < word.length; k++) {
      int c = b[at + k];
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != word[k]) {
        return false;
      }
    }
    return true;
  }

  private static int wordStart(byte[] b, int end) {
    int start = end;
    while (start > 0 && end - start < MAX_WORD && isWordByte(b[start - 1])) {
      start--;
    }
    return start;
  }

  private static boolean isWordByte(byte c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == '-';
  }

  private static boolean endsWith(byte[] b, int end, byte[] word) {
    int start = end - word.length;
    if (start < 0) {
      return false;
    }
    for (int k = 0; k < word.length; k++) {
      if (b[start + k] != word[k]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String word) {
    return word.getBytes(StandardCharsets.US_ASCII);
  }

  private static List<byte[]> bytes(Collection<String> words) {
    List<byte[]> out = new ArrayList<>();
    for (String w : words) {
      out.add(ascii(w));
    }
    return List.copyOf(out);
  }
}
