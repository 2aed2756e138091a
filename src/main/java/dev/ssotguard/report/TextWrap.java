package dev.ssotguard.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping for terminal and CI-log text: lines break between words; a word longer than a whole
 * line (a URL, a path) is cut, as the only way to stay within the width.
 */
public final class TextWrap {
  private TextWrap() {}

  /**
   * The text as lines of at most {@code width} characters: the first starts after {@code first}
   * characters already on the line, the others carry {@code indent}.
   */
  public static List<String> lines(String text, int first, String indent, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int room = Math.max(10, width - first);
    for (String word : text.split(" ", -1)) {
      if (word.isEmpty()) {
        continue;
      }
      String rest = word;
      while (!rest.isEmpty()) {
        int needed = line.length() == 0 ? rest.length() : line.length() + 1 + rest.length();
        if (needed <= room) {
          if (line.length() > 0) {
            line.append(' ');
          }
          line.append(rest);
          rest = "";
        } else if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
          room = Math.max(10, width - indent.length());
        } else {
          lines.add(rest.substring(0, room));
          rest = rest.substring(room);
          room = Math.max(10, width - indent.length());
        }
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    for (int i = 1; i < lines.size(); i++) {
      lines.set(i, indent + lines.get(i));
    }
    return lines;
  }
}
