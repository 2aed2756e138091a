package dev.ssotguard.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Decides in one pass over a JSON text, without parsing or allocating, whether it holds any of the
 * {@link JsonTriggers}: it visits each string token, tells a key (a {@code :} follows) from a
 * value, and compares it with the triggers of its length. Malformed JSON is scanned the same way; a
 * file it lets through is parsed, and a parse failure is reported there.
 */
final class JsonGate {
  private static final int MAX_TRIGGER = 64;

  private final String[][] keysByLength;
  private final String[][] valuesByLength;

  /** The lower-case fragments by their first character (ASCII), so most characters cost a load. */
  private final String[][] fragmentsByFirst = new String[128][];

  JsonGate(JsonTriggers triggers) {
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

  boolean opens(String text) {
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
