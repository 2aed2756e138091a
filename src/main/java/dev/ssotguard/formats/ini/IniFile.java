package dev.ssotguard.formats.ini;

import java.util.List;

/** An INI file (Odoo's {@code odoo.conf} and friends). */
public record IniFile(List<Section> sections) {
  /** A {@code [name]} section; entries before any header belong to a section named "". */
  public record Section(String name, int line, List<Entry> entries) {
    public Section {
      entries = List.copyOf(entries);
    }

    public Entry entry(String key) {
      Entry found = null;
      for (Entry e : entries) {
        if (e.key().equalsIgnoreCase(key)) {
          found = e;
        }
      }
      return found;
    }
  }

  /** A {@code key = value} line with 1-based positions. */
  public record Entry(String key, String value, int line, int column, int valueColumn) {}

  public IniFile {
    sections = List.copyOf(sections);
  }

  public Section section(String name) {
    for (Section s : sections) {
      if (s.name().equalsIgnoreCase(name)) {
        return s;
      }
    }
    return null;
  }
}
