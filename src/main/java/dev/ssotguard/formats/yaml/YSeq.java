package dev.ssotguard.formats.yaml;

import java.util.List;

/** A YAML sequence. */
public record YSeq(List<YNode> items, int line, int column) implements YNode {
  public YSeq {
    items = List.copyOf(items);
  }
}
