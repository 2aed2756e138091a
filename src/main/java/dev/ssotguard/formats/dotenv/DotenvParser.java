package dev.ssotguard.formats.dotenv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads dotenv files the way Docker Compose does: {@code KEY=VALUE}, optional {@code export},
 * single quotes literal, double quotes with escapes and line breaks, {@code #} comments (inline
 * only after whitespace in unquoted values). Lines that are not assignments are skipped.
 */
public final class DotenvParser {
  private DotenvParser() {}

  public static List<DotenvEntry> parse(String text) {
    List<DotenvEntry> entries = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String raw = stripCr(lines[i]);
      int p = skipSpace(raw, 0);
      if (p >= raw.length() || raw.charAt(p) == '#') {
        continue;
      }
      if (raw.startsWith("export ", p)) {
        p = skipSpace(raw, p + 7);
      }
      int keyStart = p;
      while (p < raw.length() && isKeyChar(raw.charAt(p))) {
        p++;
      }
      if (p == keyStart) {
        continue;
      }
      String key = raw.substring(keyStart, p);
      p = skipSpace(raw, p);
      if (p >= raw.length() || (raw.charAt(p) != '=' && raw.charAt(p) != ':')) {
        continue;
      }
      p = skipSpace(raw, p + 1);
      int valueColumn = p + 1;
      int line = i + 1;
      if (p < raw.length() && (raw.charAt(p) == '"' || raw.charAt(p) == '\'')) {
        char quote = raw.charAt(p);
        StringBuilder value = new StringBuilder();
        int row = i;
        int q = p + 1;
        String current = raw;
        boolean closed = false;
        while (true) {
          while (q < current.length()) {
            char c = current.charAt(q);
            if (c == quote) {
              closed = true;
              break;
            }
            if (c == '\\' && quote == '"' && q + 1 < current.length()) {
              char next = current.charAt(q + 1);
              value.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
              q += 2;
              continue;
            }
            value.append(c);
            q++;
          }
          if (closed || row + 1 >= lines.length || quote == '\'') {
            break;
          }
          value.append('\n');
          row++;
          current = stripCr(lines[row]);
          q = 0;
        }
        if (!closed) {
          // An unterminated quote: Compose takes the rest of the line as the value.
          entries.add(
              new DotenvEntry(
                  key, raw.substring(p + 1).trim(), (char) 0, line, keyStart + 1, valueColumn + 1));
          continue;
        }
        entries.add(
            new DotenvEntry(key, value.toString(), quote, line, keyStart + 1, valueColumn + 1));
        i = row;
        continue;
      }
      String value = raw.substring(p);
      int comment = inlineComment(value);
      if (comment >= 0) {
        value = value.substring(0, comment);
      }
      entries.add(new DotenvEntry(key, value.strip(), (char) 0, line, keyStart + 1, valueColumn));
    }
    return entries;
  }

  private static int inlineComment(String value) {
    for (int i = 1; i < value.length(); i++) {
      if (value.charAt(i) == '#' && Character.isWhitespace(value.charAt(i - 1))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
  }

  private static int skipSpace(String s, int p) {
    while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }

  private static String stripCr(String s) {
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }
}
