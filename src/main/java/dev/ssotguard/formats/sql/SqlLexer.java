package dev.ssotguard.formats.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL into statements without running or fully parsing it: single-quoted strings (with
 * doubled quotes and backslash escapes), double-quoted and backtick identifiers, {@code --}, {@code
 * #} and block comments (but MySQL's executable comments {@code /*!50003 ... *}{@code /} are read
 * as SQL), PostgreSQL dollar quotes ({@code $tag$ ... $tag$}), and MySQL's {@code DELIMITER}
 * command, which changes the statement terminator. Keeps each statement's first words.
 */
public final class SqlLexer {
  private static final int WORDS_KEPT = 12;

  private SqlLexer() {}

  public static List<SqlStatement> statements(String sql) {
    List<SqlStatement> out = new ArrayList<>();
    String delimiter = ";";
    List<String> words = new ArrayList<>();
    int start = -1;
    int line = 1;
    int n = sql.length();
    int i = 0;
    // Inside a MySQL executable comment (/*!50003 ... */): its text is SQL, as mysqldump writes
    // every trigger, routine and event.
    boolean executable = false;
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\n') {
        line++;
        i++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (words.isEmpty()
          && start < 0
          && sql.regionMatches(true, i, "DELIMITER", 0, 9)
          && i + 9 < n
          && (sql.charAt(i + 9) == ' ' || sql.charAt(i + 9) == '\t')) {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? n : end;
        String d = sql.substring(i + 9, end).strip();
        delimiter = d.isEmpty() ? ";" : d;
        i = end;
        continue;
      }
      if (sql.startsWith(delimiter, i)) {
        if (start >= 0) {
          out.add(new SqlStatement(words, start));
        }
        words = new ArrayList<>();
        start = -1;
        i += delimiter.length();
        continue;
      }
      if ((c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') || c == '#') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end;
        continue;
      }
      if (executable && c == '*' && i + 1 < n && sql.charAt(i + 1) == '/') {
        executable = false;
        i += 2;
        continue;
      }
      if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int body = executableBody(sql, i + 2);
        if (body >= 0 && !executable) {
          executable = true;
          i = body;
          continue;
        }
        int end = sql.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(sql, i, end);
        i = end;
        continue;
      }
      if (start < 0) {
        start = line;
      }
      if (c == '\'' || c == '"' || c == '`') {
        int end = closeQuote(sql, i, c);
        if (c != '\'' && words.size() < WORDS_KEPT && end - 1 > i + 1) {
          words.add(sql.substring(i + 1, end - 1)); // a quoted identifier
        }
        line += count(sql, i, end);
        i = end;
        continue;
      }
      if (c == '$') {
        int tagEnd = sql.indexOf('$', i + 1);
        if (tagEnd > i
            && sql.substring(i + 1, tagEnd)
                .chars()
                .allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
          String tag = sql.substring(i, tagEnd + 1);
          int end = sql.indexOf(tag, tagEnd + 1);
          end = end < 0 ? n : end + tag.length();
          line += count(sql, i, end);
          i = end;
          continue;
        }
      }
      if (Character.isLetter(c) || c == '_') {
        int end = i;
        while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
          end++;
        }
        if (words.size() < WORDS_KEPT) {
          words.add(sql.substring(i, end));
        }
        i = end;
        continue;
      }
      if (c == '=' && words.size() < WORDS_KEPT) {
        words.add("=");
      }
      i++;
    }
    if (start >= 0) {
      out.add(new SqlStatement(words, start));
    }
    return out;
  }

  /**
   * Where the SQL of an executable comment begins ({@code /*!}, {@code /*M!}, then an optional
   * version), or -1 for an ordinary comment.
   */
  private static int executableBody(String sql, int afterOpener) {
    int i = afterOpener;
    if (i < sql.length() && sql.charAt(i) == 'M') {
      i++;
    }
    if (i >= sql.length() || sql.charAt(i) != '!') {
      return -1;
    }
    i++;
    while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int closeQuote(String sql, int open, char quote) {
    int n = sql.length();
    int i = open + 1;
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\\' && quote == '\'') {
        i += 2;
        continue;
      }
      if (c == quote) {
        if (i + 1 < n && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return n;
  }

  private static int count(String s, int from, int to) {
    int lines = 0;
    for (int i = from; i < Math.min(to, s.length()); i++) {
      if (s.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
