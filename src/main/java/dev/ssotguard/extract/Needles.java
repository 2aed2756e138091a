package dev.ssotguard.extract;

import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.knowledge.KnowledgeLoader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

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

  /** A tool's Python config setting (tools.yaml python_config: SQLALCHEMY_DATABASE_URI). */
  static final int TOOL_SETTING = 1 << 7;

  static final int CONNECTION = DATABASE_URL | JDBC | DSN;

  /** The engine-setting keys of knowledge/datastores.yaml, loaded once (immutable). */
  private static final byte[][] ENGINE_SETTING_KEYS =
      bytes(KnowledgeLoader.builtin().engineSettings().keys());

  private static final byte[] JDBC_WORD = ascii("jdbc");
  private static final byte[] DBNAME_WORD = ascii("dbname");
  private static final byte[] PASS = ascii("pass");
  private static final byte[] PWD = ascii("pwd");
  private static final byte[] HOST_WORD = ascii("host");
  private static final byte[] ENGINE = ascii("engine");
  private static final int MAX_WORD = 64;

  /** The settings of tools.yaml's python_config entries, lower case, loaded once (immutable). */
  private static final byte[][] TOOL_SETTING_WORDS =
      bytes(
          KnowledgeLoader.builtin().tools().stream()
              .filter(t -> t.pythonConfig() != null)
              .map(t -> t.pythonConfig().setting().toLowerCase(Locale.ROOT))
              .toList());

  /** The datastore schemes (lower case) by length, so a word is compared with few candidates. */
  private static final byte[][][] SCHEMES_BY_LENGTH =
      byLength(bytes(ConnectionStringParser.databaseSchemes()));

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long COLONS = ONES * ':';
  private static final long EQUALS = ONES * '=';
  private static final long BYTE_INDEX = 0x0001020304050607L;

  private Needles() {}

  /**
   * @param keys whether to classify key words (only the Python and script extractors use them)
   */
  static int scan(byte[] b, boolean keys) {
    return scan(b, b.length, keys);
  }

  /**
   * The first {@code n} bytes of {@code b}. Eight bytes at a time are tested for {@code :} or
   * {@code =} (SWAR: a zero byte of {@code word ^ 0x3a3a...} marks a colon); only words holding one
   * are looked at byte by byte. The lowest flagged byte of a word is always a real match, so the
   * scan resumes right after it.
   */
  static int scan(byte[] b, int n, boolean keys) {
    int mask = 0;
    int i = 0;
    int wordLimit = n - Long.BYTES;
    while (i <= wordLimit) {
      long word = (long) LONGS.get(b, i);
      long colons = word ^ COLONS;
      long equals = word ^ EQUALS;
      long hits = (((colons - ONES) & ~colons) | ((equals - ONES) & ~equals)) & HIGH_BITS;
      if (hits == 0) {
        i += Long.BYTES;
        continue;
      }
      // The lowest flagged byte's index: (lowest bit >>> 7) is 1 << 8k, and the multiplication
      // moves byte 7 - k of the constant, which holds k, to the top (C1 has no intrinsic for
      // numberOfTrailingZeros).
      i += (int) ((((hits & -hits) >>> 7) * BYTE_INDEX) >>> 56);
      mask |= at(b, i, n, keys);
      i++;
    }
    for (; i < n; i++) {
      byte c = b[i];
      if (c == ':' || c == '=') {
        mask |= at(b, i, n, keys);
      }
    }
    return mask;
  }

  /** Whether one of the first {@code n} bytes is NUL (binary content), eight bytes at a time. */
  static boolean hasZeroByte(byte[] b, int n) {
    int i = 0;
    for (; i <= n - Long.BYTES; i += Long.BYTES) {
      long word = (long) LONGS.get(b, i);
      if (((word - ONES) & ~word & HIGH_BITS) != 0) {
        return true;
      }
    }
    for (; i < n; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** The flags for the separator at {@code i}. */
  private static int at(byte[] b, int i, int n, boolean keys) {
    int mask = 0;
    if (b[i] == ':') {
      if (i + 2 < n && b[i + 1] == '/' && b[i + 2] == '/') {
        return databaseScheme(b, i) ? DATABASE_URL : 0;
      }
      mask |= endsWith(b, i, JDBC_WORD) ? JDBC : 0;
    } else {
      mask |= endsWith(b, i, DBNAME_WORD) ? DSN : 0;
    }
    return mask | (keys && quotedValueAfter(b, i, n) ? keyFlags(b, i) : 0);
  }

  /** The scheme before {@code ://} at {@code sep}, less any {@code +driver}, is a datastore's. */
  private static boolean databaseScheme(byte[] b, int sep) {
    int start = schemeStart(b, sep);
    int end = sep;
    if (start > 0 && b[start - 1] == '+') {
      end = start - 1;
      start = schemeStart(b, end);
    }
    int length = end - start;
    if (length >= SCHEMES_BY_LENGTH.length) {
      return false;
    }
    for (byte[] scheme : SCHEMES_BY_LENGTH[length]) {
      if (regionIgnoreCase(b, start, scheme)) {
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
  private static boolean quotedValueAfter(byte[] b, int sep, int n) {
    int i = sep + 1;
    while (i < n && i - sep < 4 && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    return i < n && (b[i] == '"' || b[i] == '\'' || b[i] == '`');
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
    for (byte[] setting : TOOL_SETTING_WORDS) {
      if (equalsIgnoreCase(b, start, end, setting)) {
        flags |= TOOL_SETTING;
      }
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

  /**
   * Where the scheme ending at {@code end} starts: a key word's dashes and dots end it, so the
   * default of {@code ${URL:-postgres://...}} counts (the parser decides what the text is).
   */
  private static int schemeStart(byte[] b, int end) {
    int start = wordStart(b, end);
    for (int i = end - 1; i >= start; i--) {
      if (b[i] == '-' || b[i] == '.') {
        return i + 1;
      }
    }
    return start;
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

  private static byte[][] bytes(Collection<String> words) {
    byte[][] out = new byte[words.size()][];
    int i = 0;
    for (String w : words) {
      out[i++] = ascii(w);
    }
    return out;
  }

  private static byte[][][] byLength(byte[][] words) {
    int longest = 0;
    for (byte[] w : words) {
      longest = Math.max(longest, w.length);
    }
    List<List<byte[]>> lists = new ArrayList<>();
    for (int len = 0; len <= longest; len++) {
      lists.add(new ArrayList<>());
    }
    for (byte[] w : words) {
      lists.get(w.length).add(w);
    }
    byte[][][] out = new byte[longest + 1][][];
    for (int len = 0; len <= longest; len++) {
      out[len] = lists.get(len).toArray(new byte[0][]);
    }
    return out;
  }
}
