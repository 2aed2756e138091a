package dev.ssotguard.report;

/**
 * Makes repository-controlled text safe to show: values are clipped (a megabyte host name is shown
 * as its head and a count) and, for human-readable output, control and bidi characters are escaped
 * so a file name cannot forge a line, move the cursor, set a title or reorder text.
 */
public final class Display {
  /** The longest run of non-blank characters shown whole; longer runs keep their head. */
  static final int MAX_RUN = 200;

  /** The longest text shown whole. */
  static final int MAX_TEXT = 4_000;

  private static final int HEAD = 160;

  private Display() {}

  /** Clips long runs and long text; never lengthens text that is within the limits. */
  public static String clip(String text) {
    if (text == null) {
      return null;
    }
    if (text.length() <= MAX_RUN) {
      return text;
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TEXT + 64));
    int i = 0;
    while (i < text.length()) {
      if (out.length() >= MAX_TEXT) {
        out.append("… [").append(text.length() - i).append(" more characters]");
        return out.toString();
      }
      int runEnd = i;
      while (runEnd < text.length() && !Character.isWhitespace(text.charAt(runEnd))) {
        runEnd++;
      }
      if (runEnd - i > MAX_RUN) {
        int cut = cutPoint(text, i + HEAD);
        out.append(text, i, cut).append("… [").append(runEnd - cut).append(" more characters]");
        i = runEnd;
      } else if (runEnd > i) {
        out.append(text, i, runEnd);
        i = runEnd;
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  /**
   * Escapes C0 and C1 controls, DEL and the bidi controls as {@code \x1b} or {@code \u202e}; tab
   * stays. Meant for terminal and Markdown text, not for JSON or XML (their writers escape).
   */
  public static String escapeControls(String text) {
    if (text == null) {
      return null;
    }
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(c)) {
        out.append(c);
      } else if (c < 0x100) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  /** Clipped and escaped: what a terminal or a Markdown table may show of a repository's text. */
  public static String text(String text) {
    return escapeControls(clip(text));
  }

  /**
   * A Markdown table cell: clipped, controls escaped (no newline can end the row), {@code |} and
   * backslashes escaped (no cell can split the row), and backticks, {@code <} and {@code >} escaped
   * so no name opens a code span or HTML.
   */
  public static String markdownCell(String text) {
    String t = text(text == null ? "" : text);
    StringBuilder out = new StringBuilder(t.length() + 8);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ("|`\\".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A Markdown code span in a table cell: fenced with more backticks than the text holds in a row,
   * {@code |} escaped (GitHub splits cells before reading spans), controls escaped.
   */
  public static String markdownCode(String text) {
    String t = text(text == null ? "" : text).replace("|", "\\|");
    int longest = 0;
    int run = 0;
    for (int i = 0; i < t.length(); i++) {
      run = t.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = longest > 0 ? " " : "";
    return fence + pad + t + pad + fence;
  }

  static boolean unsafe(char c) {
    return (c < 0x20 && c != '\t')
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x061c
        || c == 0x200e
        || c == 0x200f
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028
        || c == 0x2029;
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (unsafe(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Does not split a surrogate pair. */
  private static int cutPoint(String text, int at) {
    return Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
  }
}
