package dev.ssotguard.formats.hcl;

import java.util.List;

/** The attributes and blocks of an HCL2 body, in source order, with 1-based positions. */
public record HclBody(List<Attribute> attributes, List<Block> blocks) {
  /**
   * {@code name = expression}; the expression is kept as source text, never evaluated.
   *
   * @param line the line of the attribute's name
   * @param valueLine the line where the expression starts
   */
  public record Attribute(
      String name, String expression, int line, int column, int valueLine, int valueColumn) {
    /** The value of a plain string literal without interpolation, or null. */
    public String string() {
      String e = expression.strip();
      if (e.length() < 2 || !e.startsWith("\"") || !e.endsWith("\"") || e.contains("${")) {
        return null;
      }
      StringBuilder out = new StringBuilder();
      for (int i = 1; i < e.length() - 1; i++) {
        char c = e.charAt(i);
        if (c == '"') {
          return null; // "a" == "b" is an expression, not one literal
        }
        if (c == '\\' && i + 1 < e.length() - 1) {
          c = e.charAt(++i);
        }
        out.append(c);
      }
      return out.toString();
    }
  }

  /** {@code type "label" "label" { body }}. */
  public record Block(String type, List<String> labels, int line, int column, HclBody body) {
    public Block {
      labels = List.copyOf(labels);
    }
  }

  public HclBody {
    attributes = List.copyOf(attributes);
    blocks = List.copyOf(blocks);
  }

  public Attribute attribute(String name) {
    for (Attribute a : attributes) {
      if (a.name().equals(name)) {
        return a;
      }
    }
    return null;
  }

  public List<Block> blocks(String type) {
    return blocks.stream().filter(b -> b.type().equals(type)).toList();
  }
}
