package dev.ssotguard.formats.hcl;

import dev.ssotguard.formats.ParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A structural HCL2 reader for Terraform: blocks with labels, attributes whose expressions are kept
 * as source text (strings with {@code ${...}} template spans, heredocs including {@code <<-},
 * lists, objects, function calls, references), and comments. Nothing is evaluated or looked up.
 */
public final class HclParser {
  private static final int MAX_DEPTH = 64;

  private final String src;
  private int pos;
  private int line = 1;
  private int lineStart;

  private HclParser(String src) {
    this.src = src;
  }

  public static HclBody parse(String source) throws ParseException {
    HclParser p = new HclParser(source);
    HclBody body = p.body(0, false);
    return body;
  }

  private HclBody body(int depth, boolean nested) throws ParseException {
    if (depth > MAX_DEPTH) {
      throw new ParseException("HCL: blocks nested deeper than " + MAX_DEPTH, line, column());
    }
    List<HclBody.Attribute> attributes = new ArrayList<>();
    List<HclBody.Block> blocks = new ArrayList<>();
    while (true) {
      skipSpaceAndComments(true);
      if (pos >= src.length()) {
        if (nested) {
          throw new ParseException("HCL: a block is not closed with '}'", line, column());
        }
        return new HclBody(attributes, blocks);
      }
      char c = src.charAt(pos);
      if (c == '}') {
        if (!nested) {
          throw new ParseException("HCL: unexpected '}'", line, column());
        }
        pos++;
        return new HclBody(attributes, blocks);
      }
      if (!isIdentStart(c)) {
        throw new ParseException(
            "HCL: expected an attribute or a block, found '" + c + "'", line, column());
      }
      int nameLine = line;
      int nameColumn = column();
      String name = identifier();
      skipSpaceAndComments(false);
      if (pos < src.length()
          && (src.charAt(pos) == '=' || src.charAt(pos) == ':')
          && !(pos + 1 < src.length() && src.charAt(pos + 1) == '=')) {
        pos++;
        skipSpaceAndComments(false);
        int valueLine = line;
        int valueColumn = column();
        String expression = expression();
        attributes.add(
            new HclBody.Attribute(
                name, expression.strip(), nameLine, nameColumn, valueLine, valueColumn));
        continue;
      }
      List<String> labels = new ArrayList<>();
      while (pos < src.length() && src.charAt(pos) != '{') {
        char l = src.charAt(pos);
        if (l == '"') {
          int start = pos;
          int startLine = line;
          skipString();
          if (pos - 1 <= start || src.charAt(pos - 1) != '"') {
            throw new ParseException("HCL: a block label's string is not closed", startLine, 1);
          }
          labels.add(src.substring(start + 1, pos - 1));
        } else if (isIdentStart(l)) {
          labels.add(identifier());
        } else {
          throw new ParseException(
              "HCL: expected a block label or '{' after '" + name + "'", line, column());
        }
        skipSpaceAndComments(false);
      }
      if (pos >= src.length()) {
        throw new ParseException("HCL: block '" + name + "' has no body", line, column());
      }
      pos++;
      blocks.add(new HclBody.Block(name, labels, nameLine, nameColumn, body(depth + 1, true)));
    }
  }

  /** An expression up to the end of its line, spanning brackets, strings and heredocs. */
  private String expression() throws ParseException {
    int start = pos;
    int depth = 0;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '"') {
        skipString();
        continue;
      }
      if (c == '<' && src.startsWith("<<", pos) && heredoc()) {
        continue;
      }
      if (c == '#' || (c == '/' && src.startsWith("//", pos))) {
        int end = src.indexOf('\n', pos);
        String text = src.substring(start, pos);
        pos = end < 0 ? src.length() : end;
        if (depth == 0) {
          return text;
        }
        continue;
      }
      if (c == '/' && src.startsWith("/*", pos)) {
        skipBlockComment();
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          return src.substring(start, pos);
        }
        depth--;
      } else if (c == '\n') {
        if (depth == 0) {
          return src.substring(start, pos);
        }
        newline();
        continue;
      }
      pos++;
    }
    if (depth > 0) {
      throw new ParseException("HCL: an expression is not closed", line, column());
    }
    return src.substring(start, pos);
  }

  /** Skips a heredoc starting at {@code <<}; false when it is not one (a shift operator). */
  private boolean heredoc() {
    int p = pos + 2;
    boolean indented = p < src.length() && src.charAt(p) == '-';
    if (indented) {
      p++;
    }
    int tagStart = p;
    while (p < src.length() && isIdentPart(src.charAt(p))) {
      p++;
    }
    if (p == tagStart) {
      return false;
    }
    String tag = src.substring(tagStart, p);
    int eol = src.indexOf('\n', p);
    if (eol < 0) {
      pos = src.length();
      return true;
    }
    pos = eol;
    while (pos < src.length()) {
      newline();
      int end = src.indexOf('\n', pos);
      String l = src.substring(pos, end < 0 ? src.length() : end);
      if ((indented ? l.strip() : l.stripTrailing()).equals(tag)) {
        pos = end < 0 ? src.length() : end;
        return true;
      }
      pos = end < 0 ? src.length() : end;
    }
    return true;
  }

  /** Skips a quoted string, including {@code ${...}} and {@code %{...}} template spans. */
  private void skipString() {
    pos++;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\\') {
        pos = Math.min(pos + 2, src.length());
        continue;
      }
      if (c == '"') {
        pos++;
        return;
      }
      if ((c == '$' || c == '%') && pos + 1 < src.length() && src.charAt(pos + 1) == '{') {
        pos += 2;
        int depth = 1;
        while (pos < src.length() && depth > 0) {
          char t = src.charAt(pos);
          if (t == '"') {
            skipString();
            continue;
          }
          if (t == '{') {
            depth++;
          } else if (t == '}') {
            depth--;
          } else if (t == '\n') {
            newline();
            continue;
          }
          pos++;
        }
        continue;
      }
      if (c == '\n') {
        return; // an unterminated string ends at the line's end
      }
      pos++;
    }
  }

  private void skipSpaceAndComments(boolean newlines) {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\n') {
        if (!newlines) {
          return;
        }
        newline();
      } else if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (c == '#' || (c == '/' && src.startsWith("//", pos))) {
        int end = src.indexOf('\n', pos);
        pos = end < 0 ? src.length() : end;
      } else if (c == '/' && src.startsWith("/*", pos)) {
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  private void skipBlockComment() {
    int end = src.indexOf("*/", pos + 2);
    int stop = end < 0 ? src.length() : end + 2;
    while (pos < stop) {
      if (src.charAt(pos) == '\n') {
        newline();
      } else {
        pos++;
      }
    }
  }

  private String identifier() {
    int start = pos;
    while (pos < src.length() && isIdentPart(src.charAt(pos))) {
      pos++;
    }
    return src.substring(start, pos);
  }

  private void newline() {
    pos++;
    line++;
    lineStart = pos;
  }

  private int column() {
    return pos - lineStart + 1;
  }

  private static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isIdentPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }
}
