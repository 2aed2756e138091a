package dev.ssotguard.formats.yaml;

import java.util.List;

/** A YAML mapping with scalar keys, in document order, merge keys already applied. */
public record YMap(List<Entry> entries, int line, int column) implements YNode {
  /** One key and its value. */
  public record Entry(YScalar key, YNode value) {
    public String name() {
      return key.value() == null ? "" : key.value();
    }
  }

  public YMap {
    entries = List.copyOf(entries);
  }

  public YNode get(String key) {
    Entry e = entry(key);
    return e == null ? null : e.value();
  }

  public Entry entry(String key) {
    for (Entry e : entries) {
      if (key.equals(e.key().value())) {
        return e;
      }
    }
    return null;
  }

  public String text(String key) {
    YNode n = get(key);
    return n == null ? null : n.text();
  }

  public YMap map(String key) {
    YNode n = get(key);
    return n == null ? null : n.asMap();
  }
}
