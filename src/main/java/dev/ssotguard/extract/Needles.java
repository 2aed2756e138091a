package dev.ssotguard.extract;

import dev.ssotguard.connection.ConnectionStringParser;
import java.util.Locale;
import java.util.Set;

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

  private static final Set<String> ENGINE_SETTING_KEYS =
      Set.of("client", "dialect", "type", "driver", "provider", "adapter");
  private static final int MAX_WORD = 64;

  private Needles() {}

  static int scan(byte[] b) {
    int mask = 0;
    int n = b.length;
    for (int i = 0; i < n; i++) {
      byte c = b[i];
      if (c == ':') {
        if (i + 2 < n && b[i + 1] == '/' && b[i + 2] == '/') {
          mask |= databaseScheme(b, i) ? DATABASE_URL : 0;
        } else {
          mask |= endsWith(b, i, "jdbc") ? JDBC : 0;
          mask |= keyFlags(b, i);
        }
      } else if (c == '=') {
        mask |= endsWith(b, i, "dbname") ? DSN : 0;
        mask |= keyFlags(b, i);
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
    return start < end
        && ConnectionStringParser.isDatabaseScheme(
            new String(b, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT));
  }

  /** Flags for the key in front of a separator: {@code PASSWORD =}, {@code "ENGINE":}, ... */
  private static int keyFlags(byte[] b, int sep) {
    int end = sep;
    while (end > 0
        && (b[end - 1] == ' ' || b[end - 1] == '\t' || b[end - 1] == '"' || b[end - 1] == '\'')) {
      end--;
    }
    int start = wordStart(b, end);
    if (start == end) {
      return 0;
    }
    String word =
        new String(b, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    int flags = 0;
    if (word.contains("pass") || word.contains("pwd")) {
      flags |= PASSWORD;
    }
    if (word.contains("host")) {
      flags |= HOST;
    }
    if (word.equals("engine")) {
      flags |= DJANGO;
    }
    if (word.equals("sqlalchemy_database_uri")) {
      flags |= SUPERSET_URI;
    }
    if (ENGINE_SETTING_KEYS.contains(word)) {
      flags |= SQLITE;
    }
    return flags;
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

  private static boolean endsWith(byte[] b, int end, String word) {
    int start = end - word.length();
    if (start < 0) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (b[start + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
