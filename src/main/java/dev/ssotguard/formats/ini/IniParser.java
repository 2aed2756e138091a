package dev.ssotguard.formats.ini;

import java.util.ArrayList;
import java.util.List;

/**
 * A configparser-compatible reader: sections, {@code =} or {@code :}, {@code ;}/{@code #} comments.
 */
public final class IniParser {
  private IniParser() {}

  public static IniFile parse(String text) {
    List<IniFile.Section> sections = new ArrayList<>();
    String name = "";
    int sectionLine = 1;
    List<IniFile.Entry> entries = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String raw =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      String trimmed = raw.strip();
      if (trimmed.isEmpty() || trimmed.startsWith(";") || trimmed.startsWith("#")) {
        continue;
      }
      if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
        if (!name.isEmpty() || !entries.isEmpty()) {
          sections.add(new IniFile.Section(name, sectionLine, entries));
        }
        name = trimmed.substring(1, trimmed.length() - 1).strip();
        sectionLine = i + 1;
        entries = new ArrayList<>();
        continue;
      }
      int sep = firstSeparator(raw);
      if (sep <= 0) {
        continue;
      }
      int keyStart = raw.length() - raw.stripLeading().length();
      String key = raw.substring(keyStart, sep).strip();
      String after = raw.substring(sep + 1);
      int valueStart = sep + 1 + (after.length() - after.stripLeading().length());
      entries.add(new IniFile.Entry(key, after.strip(), i + 1, keyStart + 1, valueStart + 1));
    }
    if (!name.isEmpty() || !entries.isEmpty()) {
      sections.add(new IniFile.Section(name, sectionLine, entries));
    }
    return new IniFile(sections);
  }

  private static int firstSeparator(String raw) {
    int eq = raw.indexOf('=');
    int colon = raw.indexOf(':');
    if (eq < 0) {
      return colon;
    }
    return colon < 0 ? eq : Math.min(eq, colon);
  }
}
