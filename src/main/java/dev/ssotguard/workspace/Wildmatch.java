package dev.ssotguard.workspace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Git's wildmatch with {@code WM_PATHNAME} (how {@code .gitignore} patterns match), compiled once
 * and run as a set of states over the path's UTF-8 bytes: time is bounded by pattern length times
 * path length, never exponential, whatever the pattern ({@code *a*a*a*a*b} included).
 *
 * <p>{@code ?}, {@code *} and classes never match {@code /}; {@code **} between slashes (or at
 * either end) matches across folders, and {@code **}{@code /} may match no folder at all; elsewhere
 * {@code **} is {@code *}. Classes: {@code [abc]}, {@code [a-z]}, {@code [!x]}, {@code [^x]},
 * {@code [[:alpha:]]}; a backslash escapes the next character.
 */
public final class Wildmatch {
  private enum Kind {
    BYTE,
    ANY,
    CLASS,
    STAR,
    DOUBLE_STAR,
    FOLDERS
  }

  /** One step of the pattern: a byte ({@code value}) or a class ({@code members}). */
  private record Token(Kind kind, int value, BitSet members) {}

  /** A pattern git would refuse to match anything with. */
  public static final class BadPattern extends Exception {
    private static final long serialVersionUID = 1L;

    public BadPattern(String message) {
      super(message);
    }
  }

  private final String pattern;
  private final List<Token> tokens;

  private Wildmatch(String pattern, List<Token> tokens) {
    this.pattern = pattern;
    this.tokens = List.copyOf(tokens);
  }

  /**
   * Compiles a pattern.
   *
   * @throws BadPattern for an unclosed {@code [}, an unknown {@code [:class:]} or a trailing
   *     backslash: git matches nothing with such a pattern
   */
  public static Wildmatch compile(String pattern) throws BadPattern {
    byte[] p = pattern.getBytes(StandardCharsets.UTF_8);
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < p.length) {
      int c = p[i] & 0xff;
      if (c == '\\') {
        if (i + 1 >= p.length) {
          throw new BadPattern("ends with a backslash");
        }
        tokens.add(new Token(Kind.BYTE, p[i + 1] & 0xff, null));
        i += 2;
      } else if (c == '?') {
        tokens.add(new Token(Kind.ANY, 0, null));
        i++;
      } else if (c == '*') {
        i = star(p, i, tokens);
      } else if (c == '[') {
        i = charClass(p, i, tokens);
      } else {
        tokens.add(new Token(Kind.BYTE, c, null));
        i++;
      }
    }
    return new Wildmatch(pattern, tokens);
  }

  public String pattern() {
    return pattern;
  }

  /** Whether the whole of {@code text} matches. */
  public boolean matches(String text) {
    return matches(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the whole of {@code text} (UTF-8 bytes) matches. */
  public boolean matches(byte[] text) {
    int n = tokens.size();
    boolean[] now = new boolean[n + 1];
    boolean[] inFolders = new boolean[n + 1];
    boolean[] next = new boolean[n + 1];
    boolean[] nextInFolders = new boolean[n + 1];
    now[0] = true;
    close(now);
    for (byte b : text) {
      int c = b & 0xff;
      boolean alive = false;
      for (int i = 0; i < n; i++) {
        if (inFolders[i]) {
          nextInFolders[i] = true;
          alive = true;
          if (c == '/') {
            next[i + 1] = true;
          }
        }
        if (!now[i]) {
          continue;
        }
        Token t = tokens.get(i);
        switch (t.kind()) {
          case BYTE -> next[i + 1] |= c == t.value();
          case ANY -> next[i + 1] |= c != '/';
          case CLASS -> next[i + 1] |= c != '/' && t.members().get(c);
          case STAR -> next[i] |= c != '/';
          case DOUBLE_STAR -> next[i] = true;
          case FOLDERS -> {
            nextInFolders[i] = true;
            alive = true;
            next[i + 1] |= c == '/';
          }
        }
      }
      close(next);
      for (int i = 0; i <= n; i++) {
        alive |= next[i];
      }
      if (!alive) {
        return false;
      }
      boolean[] swap = now;
      now = next;
      next = swap;
      swap = inFolders;
      inFolders = nextInFolders;
      nextInFolders = swap;
      Arrays.fill(next, false);
      Arrays.fill(nextInFolders, false);
    }
    return now[n];
  }

  /** Adds the states reachable without input: past a star, or past {@code **}{@code /}. */
  private void close(boolean[] states) {
    for (int i = 0; i < tokens.size(); i++) {
      Kind k = tokens.get(i).kind();
      if (states[i] && (k == Kind.STAR || k == Kind.DOUBLE_STAR || k == Kind.FOLDERS)) {
        states[i + 1] = true;
      }
    }
  }

  private static int star(byte[] p, int i, List<Token> tokens) {
    if (i + 1 >= p.length || p[i + 1] != '*') {
      tokens.add(new Token(Kind.STAR, 0, null));
      return i + 1;
    }
    int end = i;
    while (end < p.length && p[end] == '*') {
      end++;
    }
    boolean atFolderStart = i == 0 || p[i - 1] == '/';
    if (atFolderStart && end == p.length) {
      tokens.add(new Token(Kind.DOUBLE_STAR, 0, null));
      return end;
    }
    if (atFolderStart && p[end] == '/') {
      tokens.add(new Token(Kind.FOLDERS, 0, null));
      return end + 1;
    }
    if (atFolderStart && p[end] == '\\' && end + 1 < p.length && p[end + 1] == '/') {
      tokens.add(new Token(Kind.FOLDERS, 0, null));
      return end + 2;
    }
    tokens.add(new Token(Kind.STAR, 0, null));
    return end;
  }

  /** A bracket expression, read as git's wildmatch.c reads it. */
  private static int charClass(byte[] p, int open, List<Token> tokens) throws BadPattern {
    BitSet members = new BitSet(256);
    int i = open + 1;
    boolean negated = false;
    if (i < p.length && (p[i] == '!' || p[i] == '^')) {
      negated = true;
      i++;
    }
    int previous = -1;
    boolean first = true;
    while (true) {
      if (i >= p.length) {
        throw new BadPattern("has an unclosed '['");
      }
      int c = p[i] & 0xff;
      if (c == ']' && !first) {
        break;
      }
      first = false;
      if (c == '\\') {
        if (++i >= p.length) {
          throw new BadPattern("ends with a backslash");
        }
        c = p[i] & 0xff;
        members.set(c);
        previous = c;
      } else if (c == '-' && previous >= 0 && i + 1 < p.length && p[i + 1] != ']') {
        int high = p[++i] & 0xff;
        if (high == '\\') {
          if (++i >= p.length) {
            throw new BadPattern("ends with a backslash");
          }
          high = p[i] & 0xff;
        }
        for (int x = previous; x <= high; x++) {
          members.set(x);
        }
        previous = -1;
      } else if (c == '[' && i + 1 < p.length && p[i + 1] == ':') {
        int close = i + 2;
        while (close < p.length && p[close] != ']') {
          close++;
        }
        if (close >= p.length) {
          throw new BadPattern("has an unclosed '['");
        }
        if (close - 1 < i + 2 || p[close - 1] != ':') {
          // No ":]": the '[' is an ordinary member.
          members.set('[');
          previous = '[';
        } else {
          String name = new String(p, i + 2, close - 1 - (i + 2), StandardCharsets.US_ASCII);
          posixClass(name, members);
          previous = -1;
          i = close;
        }
      } else {
        members.set(c);
        previous = c;
      }
      i++;
    }
    if (negated) {
      for (int x = 0; x < 256; x++) {
        members.flip(x);
      }
    }
    tokens.add(new Token(Kind.CLASS, 0, members));
    return i + 1;
  }

  private static void posixClass(String name, BitSet members) throws BadPattern {
    for (int x = 0; x < 128; x++) {
      char ch = (char) x;
      boolean in =
          switch (name) {
            case "alnum" -> Character.isLetterOrDigit(ch);
            case "alpha" -> Character.isLetter(ch);
            case "blank" -> ch == ' ' || ch == '\t';
            case "cntrl" -> x < 32 || x == 127;
            case "digit" -> ch >= '0' && ch <= '9';
            case "graph" -> x > 32 && x < 127;
            case "lower" -> ch >= 'a' && ch <= 'z';
            case "print" -> x >= 32 && x < 127;
            case "punct" -> x > 32 && x < 127 && !Character.isLetterOrDigit(ch);
            case "space" -> ch == ' ' || (x >= 9 && x <= 13);
            case "upper" -> ch >= 'A' && ch <= 'Z';
            case "xdigit" ->
                (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
            default -> throw new BadPattern("has an unknown class [:" + name + ":]");
          };
      if (in) {
        members.set(x);
      }
    }
  }

  @Override
  public String toString() {
    return pattern;
  }
}
