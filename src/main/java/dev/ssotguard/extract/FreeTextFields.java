package dev.ssotguard.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a line of a YAML, JSON or TOML file lies in a free-text field ({@code
 * description:}, {@code help:}, ...; knowledge/credentials.yaml {@code free_text_keys}): on the
 * key's own line or inside its block scalar ({@code description: |}). Reads at most {@link
 * #MAX_LOOKBACK} lines back per line asked about and {@link #BUDGET} lines per file, so a hostile
 * file stays linear.
 */
final class FreeTextFields {
  private static final int MAX_LOOKBACK = 400;
  private static final int BUDGET = 50_000;

  private final Set<String> keys;
  private int budget = BUDGET;

  FreeTextFields(Set<String> keys) {
    this.keys = Set.copyOf(keys);
  }

  /** A fresh reader for one file (the look-back budget is per file). */
  FreeTextFields forFile() {
    return new FreeTextFields(keys);
  }

  static boolean appliesTo(FileKind kind) {
    return kind == FileKind.YAML || kind == FileKind.JSON || kind == FileKind.OTHER;
  }

  /**
   * Whether the line starting at {@code lineStart} of {@code text} is prose of a free-text field.
   */
  boolean isProse(String text, int lineStart) {
    int lineEnd = text.indexOf('\n', lineStart);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    if (keys.contains(keyOf(line))) {
      return true;
    }
    int indent = indentOf(line);
    int end = lineStart - 1;
    for (int n = 0; n < MAX_LOOKBACK && end > 0 && budget > 0; n++, budget--) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      String above = text.substring(start, end);
      end = start - 1;
      if (above.isBlank()) {
        continue;
      }
      if (indentOf(above) < indent) {
        return isBlockScalarHead(above.strip()) && keys.contains(keyOf(above));
      }
    }
    return false;
  }

  /**
   * The key a line starts with (YAML {@code key:}, JSON {@code "key":}, TOML {@code key =}), lower
   * case.
   */
  private static String keyOf(String line) {
    String s = line.strip();
    if (s.startsWith("- ")) {
      s = s.substring(2).strip();
    }
    int i = 0;
    boolean quoted = !s.isEmpty() && (s.charAt(0) == '"' || s.charAt(0) == '\'');
    if (quoted) {
      i = 1;
    }
    int start = i;
    while (i < s.length()
        && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '-')) {
      i++;
    }
    String key = s.substring(start, i);
    if (quoted && i < s.length() && s.charAt(i) == s.charAt(0)) {
      i++;
    }
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == '=')
        ? key.toLowerCase(Locale.ROOT)
        : "";
  }

  /** {@code key: |}, {@code key: >-}, {@code key: |2}: the line opens a block scalar. */
  private static boolean isBlockScalarHead(String line) {
    int end = line.length();
    if (end > 0 && Character.isDigit(line.charAt(end - 1))) {
      end--;
    }
    if (end > 0 && (line.charAt(end - 1) == '+' || line.charAt(end - 1) == '-')) {
      end--;
    }
    return end > 0 && (line.charAt(end - 1) == '|' || line.charAt(end - 1) == '>');
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
