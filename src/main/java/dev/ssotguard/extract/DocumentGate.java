package dev.ssotguard.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Decides in one pass over a YAML or JSON text, without parsing or allocating, whether it holds any
 * of the {@link DocumentTriggers}: it visits each scalar token, tells a key (a {@code :} follows)
 * from a value, and compares it with the triggers of its length. It errs towards opening (a word of
 * a sentence may match a value): a file it lets through is parsed, and a parse failure is reported
 * there; a malformed file it keeps shut could not have mattered.
 */
final class DocumentGate {
  private static final int MAX_TRIGGER = 64;

  private final String[][] keysByLength;
  private final String[][] valuesByLength;

  /** The lower-case fragments by their first character (ASCII), so most characters cost a load. */
  private final String[][] fragmentsByFirst = new String[128][];

  DocumentGate(DocumentTriggers triggers) {
    this.keysByLength = byLength(triggers.keys());
    this.valuesByLength = byLength(triggers.values());
    for (String f : triggers.keyFragments()) {
      char first = f.isEmpty() ? 0 : f.charAt(0);
      if (first > 0 && first < 128) {
        String[] known = fragmentsByFirst[first];
        String[] grown = known == null ? new String[1] : Arrays.copyOf(known, known.length + 1);
        grown[grown.length - 1] = f;
        fragmentsByFirst[first] = grown;
      }
    }
  }

  /** Whether a JSON text holds a trigger: its string tokens are the candidates. */
  boolean opensJson(String text) {
    int n = text.length();
    int open = text.indexOf('"');
    while (open >= 0) {
      int close = closingQuote(text, open + 1, n);
      if (close < 0) {
        return false;
      }
      int start = open + 1;
      int length = close - start;
      int next = nextNonBlank(text, close + 1, n);
      boolean key = next < n && text.charAt(next) == ':';
      if (key ? isKeyTrigger(text, start, length) : isValueTrigger(text, start, length)) {
        return true;
      }
      open = text.indexOf('"', close + 1);
    }
    return false;
  }

  /**
   * Whether a YAML text holds a trigger. A token is a quoted scalar or a run of characters up to
   * white space, a flow indicator or a {@code :} that ends a key ({@code : }, {@code :} at the end
   * of a line or before a flow indicator); {@code #} after white space starts a comment.
   */
  boolean opensYaml(String text) {
    int n = text.length();
    int i = 0;
    boolean lineStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        lineStart = true;
        i++;
        continue;
      }
      if (c == ' '
          || c == '\t'
          || c == '\r'
          || c == ','
          || c == '['
          || c == ']'
          || c == '{'
          || c == '}'
          || (c == '-' && (i + 1 == n || isBlank(text.charAt(i + 1))))) {
        i++;
        continue;
      }
      if (c == '#' && (lineStart || isBlank(text.charAt(i - 1)))) {
        int eol = text.indexOf('\n', i);
        i = eol < 0 ? n : eol;
        continue;
      }
      lineStart = false;
      int start;
      int end;
      int after;
      if (c == '"' || c == '\'') {
        start = i + 1;
        end = c == '"' ? closingQuote(text, start, n) : text.indexOf('\'', start);
        if (end < 0) {
          // An apostrophe opening a word of free text: the rest is read as plain words.
          end = plainEnd(text, start, n);
          after = end;
        } else {
          after = end + 1;
        }
      } else {
        start = i;
        end = plainEnd(text, i, n);
        after = end;
      }
      int next = after;
      while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
        next++;
      }
      boolean key = next < n && text.charAt(next) == ':' && endsKey(text, next + 1, n);
      if (key ? isKeyTrigger(text, start, end - start) : isValueTrigger(text, start, end - start)) {
        return true;
      }
      i = key ? next + 1 : Math.max(after, i + 1);
    }
    return false;
  }

  /** The end of a plain scalar token starting at {@code from}. */
  private static int plainEnd(String text, int from, int n) {
    int i = from;
    while (i < n) {
      char c = text.charAt(i);
      if (isBlank(c) || c == ',' || c == '[' || c == ']' || c == '{' || c == '}') {
        return i;
      }
      if (c == ':' && endsKey(text, i + 1, n)) {
        return i;
      }
      i++;
    }
    return i;
  }

  /** A {@code :} ends a key when white space, the end, or a flow indicator follows. */
  private static boolean endsKey(String text, int after, int n) {
    if (after >= n) {
      return true;
    }
    char c = text.charAt(after);
    return isBlank(c) || c == ',' || c == ']' || c == '}';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private boolean isKeyTrigger(String text, int start, int length) {
    if (matchesExactly(keysByLength, text, start, length, false)) {
      return true;
    }
    int end = start + length;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      String[] candidates =
          c < 128 ? fragmentsByFirst[c | (c >= 'A' && c <= 'Z' ? 0x20 : 0)] : null;
      if (candidates == null) {
        continue;
      }
      for (String fragment : candidates) {
        if (i + fragment.length() <= end
            && text.regionMatches(true, i, fragment, 0, fragment.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isValueTrigger(String text, int start, int length) {
    return matchesExactly(valuesByLength, text, start, length, true);
  }

  private static boolean matchesExactly(
      String[][] byLength, String text, int start, int length, boolean ignoreCase) {
    if (length >= byLength.length) {
      return false;
    }
    for (String candidate : byLength[length]) {
      if (text.regionMatches(ignoreCase, start, candidate, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** The index of the quote ending a string that starts at {@code from}, or -1. */
  private static int closingQuote(String text, int from, int n) {
    int i = text.indexOf('"', from);
    while (i > 0) {
      int backslashes = 0;
      for (int k = i - 1; k >= from && text.charAt(k) == '\\'; k--) {
        backslashes++;
      }
      if (backslashes % 2 == 0) {
        return i;
      }
      i = i + 1 < n ? text.indexOf('"', i + 1) : -1;
    }
    return -1;
  }

  private static int nextNonBlank(String text, int from, int n) {
    int i = from;
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String[][] byLength(Set<String> words) {
    List<List<String>> lists = new ArrayList<>();
    for (int i = 0; i <= MAX_TRIGGER; i++) {
      lists.add(new ArrayList<>());
    }
    for (String w : words) {
      if (w.length() <= MAX_TRIGGER) {
        lists.get(w.length()).add(w);
      }
    }
    String[][] out = new String[MAX_TRIGGER + 1][];
    for (int i = 0; i <= MAX_TRIGGER; i++) {
      out[i] = lists.get(i).toArray(String[]::new);
    }
    return out;
  }
}
