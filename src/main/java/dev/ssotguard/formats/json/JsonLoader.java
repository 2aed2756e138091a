package dev.ssotguard.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import dev.ssotguard.formats.yaml.YScalar;
import dev.ssotguard.formats.yaml.YSeq;
import dev.ssotguard.formats.yaml.YamlLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads JSON into the same position-carrying {@link YNode} trees as {@link YamlLoader}, with
 * Jackson's streaming parser: an order of magnitude faster than reading JSON as YAML, no limit on
 * line length (minified JSON is one line), and comments and trailing commas accepted as editors'
 * JSONC files (tsconfig, VS Code settings) hold them. Positions are 1-based; a string is a quoted
 * scalar, a number, boolean or {@code null} a plain one, as YAML reads them. Nesting is bounded as
 * in YAML, duplicate keys are an error as in YAML, and the parser never interns or canonicalises
 * names (hostile files would otherwise fill a shared table).
 */
public final class JsonLoader {
  private final JsonFactory factory =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(YamlLoader.MAX_DEPTH).build())
          .build();

  /** The one document of a JSON text; an empty text has none. */
  public List<YNode> load(String text) throws ParseException {
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return List.of();
      }
      YNode root = value(parser, first);
      if (parser.nextToken() != null) {
        throw at(parser.currentTokenLocation(), "JSON: content after the top-level value");
      }
      return List.of(root);
    } catch (JsonProcessingException e) {
      throw at(e.getLocation(), "JSON: " + withoutTokens(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ParseException("JSON could not be read", 1, 1);
    }
  }

  private static YNode value(JsonParser parser, JsonToken token)
      throws IOException, ParseException {
    JsonLocation where = parser.currentTokenLocation();
    int line = where.getLineNr();
    int column = where.getColumnNr();
    return switch (token) {
      case START_OBJECT -> object(parser, line, column);
      case START_ARRAY -> array(parser, line, column);
      case VALUE_STRING -> new YScalar(parser.getText(), true, line, column);
      case VALUE_NULL -> new YScalar(null, false, line, column);
      default -> new YScalar(parser.getText(), false, line, column);
    };
  }

  private static YMap object(JsonParser parser, int line, int column)
      throws IOException, ParseException {
    List<YMap.Entry> entries = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      JsonLocation where = parser.currentTokenLocation();
      String name = parser.currentName();
      YScalar key = new YScalar(name, true, where.getLineNr(), where.getColumnNr());
      if (!names.add(name)) {
        throw new ParseException("JSON: duplicate key '" + name + "'", key.line(), key.column());
      }
      entries.add(new YMap.Entry(key, value(parser, parser.nextToken())));
    }
    return new YMap(entries, line, column);
  }

  private static YSeq array(JsonParser parser, int line, int column)
      throws IOException, ParseException {
    List<YNode> items = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      items.add(value(parser, t));
    }
    return new YSeq(items, line, column);
  }

  /**
   * Jackson's message up to its first quote, parenthesis or colon ("Unrecognized token",
   * "Unexpected end-of-input"): it goes on to quote the input ({@code 'hunter2'}), and an unquoted
   * value in a broken file may be a password; the position says where.
   */
  static String withoutTokens(String message) {
    String m = message == null ? "" : message;
    int cut = m.length();
    for (char c : new char[] {'\'', '"', '(', ':', '\n', '`'}) {
      int at = m.indexOf(c);
      if (at >= 0 && at < cut) {
        cut = at;
      }
    }
    String head = m.substring(0, cut).strip();
    return head.isEmpty() ? "malformed" : head;
  }

  private static ParseException at(JsonLocation where, String message) {
    return where == null
        ? new ParseException(message, 1, 1)
        : new ParseException(message, where.getLineNr(), where.getColumnNr());
  }
}
