package dev.ssotguard.formats.python;

import java.util.ArrayList;
import java.util.List;

/** Splits Python source into logical lines of tokens; strings are decoded, comments dropped. */
final class PyTokenizer {
  enum Kind {
    NAME,
    STRING,
    NUMBER,
    OP
  }

  /**
   * One token; for strings {@code text} is the decoded body and {@code fstring} tells f-strings.
   */
  record Token(Kind kind, String text, int line, int column, boolean fstring) {
    boolean is(String op) {
      return kind == Kind.OP && text.equals(op);
    }

    boolean isName(String name) {
      return kind == Kind.NAME && text.equals(name);
    }
  }

  /** A logical line: its tokens and the column its first token starts in. */
  record LogicalLine(List<Token> tokens, int indent) {}

  private static final List<String> THREE_CHAR_OPS = List.of("**=", "//=", ">>=", "<<=", "...");
  private static final List<String> TWO_CHAR_OPS =
      List.of(
          "==", "!=", "<=", ">=", "**", "//", "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
          "^=", "<<", ">>");

  private final String src;
  private int pos;
  private int line = 1;
  private int lineStart;

  PyTokenizer(String src) {
    this.src = src;
  }

  List<LogicalLine> lines() {
    List<LogicalLine> out = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    int indent = 0;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\n') {
        newline();
        if (depth == 0 && !current.isEmpty()) {
          out.add(new LogicalLine(current, indent));
          current = new ArrayList<>();
        }
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        pos++;
        continue;
      }
      if (c == '\\'
          && pos + 1 < src.length()
          && (src.charAt(pos + 1) == '\n' || src.charAt(pos + 1) == '\r')) {
        pos++;
        if (src.charAt(pos) == '\r') {
          pos++;
        }
        if (pos < src.length() && src.charAt(pos) == '\n') {
          newline();
        }
        continue;
      }
      if (c == '#') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
        continue;
      }
      if (current.isEmpty()) {
        indent = pos - lineStart;
      }
      Token t = next();
      if (t.kind() == Kind.OP) {
        if ("([{".contains(t.text())) {
          depth++;
        } else if (")]}".contains(t.text())) {
          depth = Math.max(0, depth - 1);
        }
      }
      current.add(t);
    }
    if (!current.isEmpty()) {
      out.add(new LogicalLine(current, indent));
    }
    return out;
  }

  private void newline() {
    pos++;
    line++;
    lineStart = pos;
  }

  private Token next() {
    int startLine = line;
    int startCol = pos - lineStart + 1;
    char c = src.charAt(pos);
    if (Character.isLetter(c) || c == '_') {
      int start = pos;
      while (pos < src.length()
          && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
        pos++;
      }
      String word = src.substring(start, pos);
      if (pos < src.length()
          && word.length() <= 3
          && isStringPrefix(word)
          && isQuote(src.charAt(pos))) {
        boolean raw = word.toLowerCase(java.util.Locale.ROOT).contains("r");
        boolean f = word.toLowerCase(java.util.Locale.ROOT).contains("f");
        return string(startLine, startCol, raw, f);
      }
      return new Token(Kind.NAME, word, startLine, startCol, false);
    }
    if (isQuote(c)) {
      return string(startLine, startCol, false, false);
    }
    if (Character.isDigit(c)) {
      int start = pos;
      while (pos < src.length()
          && (Character.isLetterOrDigit(src.charAt(pos))
              || src.charAt(pos) == '.'
              || src.charAt(pos) == '_')) {
        pos++;
      }
      return new Token(Kind.NUMBER, src.substring(start, pos), startLine, startCol, false);
    }
    for (String op : THREE_CHAR_OPS) {
      if (src.startsWith(op, pos)) {
        pos += 3;
        return new Token(Kind.OP, op, startLine, startCol, false);
      }
    }
    for (String op : TWO_CHAR_OPS) {
      if (src.startsWith(op, pos)) {
        pos += 2;
        return new Token(Kind.OP, op, startLine, startCol, false);
      }
    }
    pos++;
    return new Token(Kind.OP, String.valueOf(c), startLine, startCol, false);
  }

  private Token string(int startLine, int startCol, boolean raw, boolean fstring) {
    char quote = src.charAt(pos);
    boolean triple = src.startsWith(String.valueOf(quote).repeat(3), pos);
    pos += triple ? 3 : 1;
    StringBuilder body = new StringBuilder();
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (triple ? src.startsWith(String.valueOf(quote).repeat(3), pos) : c == quote) {
        pos += triple ? 3 : 1;
        return new Token(Kind.STRING, body.toString(), startLine, startCol, fstring);
      }
      if (c == '\n') {
        if (!triple) {
          break;
        }
        body.append(c);
        newline();
        continue;
      }
      if (c == '\\' && pos + 1 < src.length()) {
        char e = src.charAt(pos + 1);
        if (raw) {
          body.append(c).append(e);
        } else {
          body.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
        }
        if (e == '\n') {
          pos++;
          newline();
          continue;
        }
        pos += 2;
        continue;
      }
      body.append(c);
      pos++;
    }
    return new Token(Kind.STRING, body.toString(), startLine, startCol, fstring);
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'';
  }

  private static boolean isStringPrefix(String word) {
    for (char ch : word.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if ("rbuf".indexOf(ch) < 0) {
        return false;
      }
    }
    return true;
  }
}
