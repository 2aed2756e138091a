package dev.ssotguard.formats.toml;

import dev.ssotguard.formats.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads a TOML document (tomlj) into its string settings, table by table, with 1-based positions:
 * {@code [config.env]}, {@code [variables]}, fly.toml's {@code [env]}, netlify.toml's {@code
 * [context.production.environment]}. Other value types are not settings a rule reads.
 */
public final class TomlSettings {
  /** Deeper tables than this are not read (hostile nesting). */
  private static final int MAX_DEPTH = 64;

  /** One string value: the table it sits in ("" for the root, "config.env"), its key and place. */
  public record Setting(String table, String key, String value, int line, int column) {}

  private TomlSettings() {}

  /**
   * The string settings of the document, in document order per table.
   *
   * @throws ParseException at the first syntax error; its message never quotes the input
   */
  public static List<Setting> read(String text) throws ParseException {
    TomlParseResult result;
    try {
      result = Toml.parse(text);
    } catch (StackOverflowError e) {
      throw new ParseException("TOML nested too deeply to read", 1, 1);
    } catch (RuntimeException | AssertionError e) {
      // tomlj's own checks can trip on hostile input ("[[b]]#" and NULs, a fuzzer finding)
      throw new ParseException("TOML could not be read", 1, 1);
    }
    if (result.hasErrors()) {
      TomlParseError first = result.errors().get(0);
      TomlPosition at = first.position();
      // tomlj's messages quote the offending input; keep the place only.
      throw new ParseException(
          "TOML: syntax error", at == null ? 1 : at.line(), at == null ? 1 : at.column());
    }
    List<Setting> out = new ArrayList<>();
    table("", result, out, 0);
    return out;
  }

  private static void table(String name, TomlTable table, List<Setting> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    for (Map.Entry<String, Object> e : table.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      String path = name.isEmpty() ? key : name + "." + key;
      if (value instanceof String s) {
        TomlPosition at = table.inputPositionOf(List.of(key));
        out.add(
            new Setting(name, key, s, at == null ? 1 : at.line(), at == null ? 1 : at.column()));
      } else if (value instanceof TomlTable t) {
        table(path, t, out, depth + 1);
      } else if (value instanceof TomlArray a) {
        for (int i = 0; i < a.size(); i++) {
          if (a.get(i) instanceof TomlTable t) {
            table(path, t, out, depth + 1);
          }
        }
      }
    }
  }
}
