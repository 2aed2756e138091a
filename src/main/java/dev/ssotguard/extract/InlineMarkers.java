package dev.ssotguard.extract;

import dev.ssotguard.model.InlineSuppression;
import dev.ssotguard.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code ssot:ignore} comments while a file's text is at hand, so suppression never reads a
 * file a second time.
 */
final class InlineMarkers {
  private static final String WORD = "ssot:ignore";
  private static final Pattern INLINE =
      Pattern.compile(
          "ssot:ignore\\s+((?:SSOT\\d{3}[\\s,]*+){1,64})(?:--\\s*(.*?))?\\s*(?:-->|\\*/)?\\s*$");
  private static final Pattern RULE = Pattern.compile("SSOT\\d{3}");

  private InlineMarkers() {}

  static List<InlineSuppression> read(String path, String text) {
    List<InlineSuppression> out = new ArrayList<>();
    int line = 1;
    int counted = 0; // newlines before this offset are counted in line
    int from = text.indexOf(WORD);
    while (from >= 0) {
      int start = text.lastIndexOf('\n', from) + 1;
      int end = text.indexOf('\n', from);
      end = end < 0 ? text.length() : end;
      for (int i = text.indexOf('\n', counted);
          i >= 0 && i < start;
          i = text.indexOf('\n', i + 1)) {
        line++;
      }
      counted = start;
      Matcher m = INLINE.matcher(text.substring(start, end));
      if (m.find()) {
        List<String> rules = new ArrayList<>();
        Matcher r = RULE.matcher(m.group(1));
        while (r.find()) {
          rules.add(r.group());
        }
        String reason = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2).strip();
        out.add(new InlineSuppression(new Location(path, line, 1), rules, reason));
      }
      from = text.indexOf(WORD, end);
    }
    return out;
  }
}
