package dev.ssotguard.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds connection strings inside arbitrary text (a line of a workflow, a README, a script) and
 * hands each to the {@link ConnectionStringParser}. Linear in the text: it anchors on {@code ://}
 * and {@code jdbc:} with {@code indexOf}, rejects non-database schemes before any parsing, and
 * reads the scheme backwards, so a hostile multi-megabyte line cannot make a regex backtrack.
 */
final class ConnectionStringScanner {
  private static final int MAX_SCHEME = 40;
  private static final int MAX_DSN_LINE = 4096;

  private final ConnectionStringParser parser;

  ConnectionStringScanner(ConnectionStringParser parser) {
    this.parser = parser;
  }

  /**
   * Every connection string in a line or blob of text, in order. Linear in the text: it anchors on
   * {@code ://} and {@code jdbc:} with {@code indexOf} and reads the scheme backwards, so a hostile
   * multi-megabyte line cannot make a regex backtrack.
   */
  List<ConnectionString> findAll(String text) {
    List<ConnectionString> found = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int sep = text.indexOf("://", from);
      if (sep < 0) {
        break;
      }
      if (!knownSchemeBefore(text, sep)) {
        from = sep + 3;
        continue;
      }
      int start = sep;
      while (start > 0 && sep - start < MAX_SCHEME && isSchemeChar(text.charAt(start - 1))) {
        start--;
      }
      Matcher head =
          ConnectionStringParser.URL_HEAD
              .matcher(text)
              .region(start, Math.min(text.length(), sep + 3));
      head.useTransparentBounds(true);
      int next = sep + 3;
      while (start < sep && !head.region(start, sep + 3).lookingAt()) {
        start++;
      }
      if (start < sep) {
        int end = extentOf(text, start);
        parser.parseUrl(text.substring(start, end), start).ifPresent(found::add);
        next = Math.max(end, next);
      }
      from = next;
    }
    for (int at = text.indexOf("jdbc:"); at >= 0; at = text.indexOf("jdbc:", at + 5)) {
      Matcher embedded =
          ConnectionStringParser.JDBC_EMBEDDED_HEAD
              .matcher(text)
              .region(at, Math.min(text.length(), at + 12));
      embedded.useTransparentBounds(true);
      if (embedded.lookingAt()) {
        int end = extentOf(text, at);
        String candidate = text.substring(at, end);
        if (!candidate.contains("://")) {
          parser.parseEmbeddedJdbc(candidate, at).ifPresent(found::add);
        }
      }
    }
    if (found.isEmpty()
        && text.length() <= MAX_DSN_LINE
        && text.contains("dbname=")
        && text.contains("host=")) {
      findKeywordDsn(text, 0).ifPresent(found::add);
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /**
   * Whether the word before {@code ://} (less any {@code +driver}) names a datastore engine: the
   * cheap test that lets the scanner skip the many http(s) links of ordinary files.
   */
  private static boolean knownSchemeBefore(String text, int sep) {
    int end = sep;
    int p = sep;
    while (p > 0 && sep - p < MAX_SCHEME && isWordChar(text.charAt(p - 1))) {
      p--;
    }
    if (p > 0 && text.charAt(p - 1) == '+') {
      end = p - 1;
      p = end;
      while (p > 0 && end - p < MAX_SCHEME && isWordChar(text.charAt(p - 1))) {
        p--;
      }
    }
    return p < end
        && ConnectionStringParser.engineOf(text.substring(p, end).toLowerCase(Locale.ROOT)) != null;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private static boolean isSchemeChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '+'
        || c == ':'
        || c == '_';
  }

  private Optional<ConnectionString> findKeywordDsn(String line, int offset) {
    Matcher m = ConnectionStringParser.DSN_PAIR.matcher(line);
    int first = -1;
    int last = -1;
    while (m.find()) {
      if (ConnectionStringParser.DSN_KEYS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        if (isArgumentListItem(line, m)) {
          // connect(host=host, password=pwd): keyword arguments of code, not a libpq DSN
          return Optional.empty();
        }
        if (first < 0) {
          first = m.start();
        }
        last = m.end();
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    return parser.keywordDsn(line.substring(first, last), offset + first);
  }

  /** A pair followed by a comma or a closing parenthesis is an item of a call's argument list. */
  private static boolean isArgumentListItem(String line, Matcher pair) {
    String value = pair.group(2);
    char last = value.charAt(value.length() - 1);
    if (last == ',' || last == ')') {
      return true;
    }
    int after = pair.end();
    while (after < line.length() && line.charAt(after) == ' ') {
      after++;
    }
    return after < line.length() && (line.charAt(after) == ',' || line.charAt(after) == ')');
  }

  /**
   * Where a URL that starts at {@code start} ends: whitespace, a quote or a closing brace it did
   * not open, outside template spans.
   */
  static int extentOf(String text, int start) {
    int i = start;
    int n = text.length();
    int braces = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '{' && !(i + 1 < n && text.charAt(i + 1) == '{')) {
        braces++; // a code template's {h}
      } else if (c == '}') {
        if (braces == 0) {
          break; // the end of the ${URL:-...} default the URL sits in
        }
        braces--;
      }
      if (c == '$' && i + 1 < n && text.charAt(i + 1) == '{') {
        i = closing(text, i + 2, text.startsWith("{", i + 2) ? "}}" : "}");
        continue;
      }
      if (c == '{' && i + 1 < n && text.charAt(i + 1) == '{') {
        i = closing(text, i + 2, "}}");
        continue;
      }
      if (c == '<' && i + 1 < n && text.charAt(i + 1) == '%') {
        i = closing(text, i + 2, "%>");
        continue;
      }
      if (c == '<') {
        int close = text.indexOf('>', i);
        int space = indexOfWhitespace(text, i);
        if (close > i && close < space) {
          i = close + 1;
          continue;
        }
        break;
      }
      if (Character.isWhitespace(c)
          || c == '"'
          || c == '\''
          || c == '`'
          || c == '>'
          || c == '|'
          || c == ')') {
        break;
      }
      i++;
    }
    while (i > start
        && ".,;:".indexOf(text.charAt(i - 1)) >= 0
        && !text.startsWith(":memory:", i - 8)) {
      i--;
    }
    return i;
  }

  private static int closing(String text, int from, String close) {
    int at = text.indexOf(close, from);
    int newline = text.indexOf('\n', from);
    if (at < 0 || (newline >= 0 && newline < at)) {
      return newline < 0 ? text.length() : newline;
    }
    return at + close.length();
  }

  private static int indexOfWhitespace(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return text.length();
  }
}
