package dev.ssotguard.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Top-level Terraform blocks ({@code resource "type" "name" { ... }}) and their direct attributes,
 * read line by line without evaluating anything: brace depth is counted outside strings, heredocs
 * are skipped. Enough for droplets and connection pools; nested blocks are not read.
 */
final class TerraformBlocks {
  private static final Pattern BLOCK =
      Pattern.compile("^\\s*(resource|data)\\s+\"([^\"]+)\"\\s+\"([^\"]+)\"\\s*\\{");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_-]*)\\s*=\\s*(.*?)\\s*$");
  private static final Pattern HEREDOC =
      Pattern.compile("<<-?\\s*\"?([A-Za-z_][A-Za-z0-9_]*)\"?\\s*$");

  /** An attribute's raw expression text and its 1-based position. */
  record Attribute(String value, int line, int column) {}

  /** One block: its type, name, first line and direct attributes. */
  record Block(String type, String name, int line, Map<String, Attribute> attributes) {}

  private TerraformBlocks() {}

  static List<Block> read(String source) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    int depth = 0;
    String type = null;
    String name = null;
    int start = 0;
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (depth == 0) {
        Matcher b = BLOCK.matcher(line);
        if (b.find()) {
          type = b.group(2);
          name = b.group(3);
          start = i + 1;
          attributes = new LinkedHashMap<>();
        }
      } else if (depth == 1 && type != null) {
        Matcher a = ATTRIBUTE.matcher(line);
        if (a.find()) {
          attributes.put(a.group(1), new Attribute(a.group(2), i + 1, a.start(2) + 1));
        }
      }
      Matcher heredoc = HEREDOC.matcher(line);
      if (heredoc.find()) {
        String end = heredoc.group(1);
        while (i + 1 < lines.length && !lines[i + 1].strip().equals(end)) {
          i++;
        }
        i++;
        continue;
      }
      int before = depth;
      depth = Math.max(0, depth + braceDelta(line));
      if (before > 0 && depth == 0 && type != null) {
        blocks.add(new Block(type, name, start, Map.copyOf(attributes)));
        type = null;
      }
    }
    return blocks;
  }

  /** Opening minus closing braces outside double-quoted strings and comments. */
  private static int braceDelta(String line) {
    int delta = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && quoted) {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted
          && (c == '#' || (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/'))) {
        break;
      } else if (!quoted && c == '{') {
        delta++;
      } else if (!quoted && c == '}') {
        delta--;
      }
    }
    return delta;
  }

  /** A string literal's text, or null for any other expression. */
  static String string(Attribute a) {
    String v = a == null ? null : a.value();
    return v != null && v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : null;
  }
}
