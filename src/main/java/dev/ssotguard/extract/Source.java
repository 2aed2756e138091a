package dev.ssotguard.extract;

import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.json.JsonLoader;
import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import dev.ssotguard.formats.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * One file's decoded text as its extractors read it, with its YAML (or JSON) documents parsed at
 * most once and shared; confined to the thread reading the file.
 */
final class Source {
  private final String text;
  private final FileKind kind;
  private final String path;
  private final YamlLoader yaml;
  private final JsonLoader json;
  private final ExtractorRegistry registry;
  private final Set<YNode> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
  private List<YNode> documents;
  private ParseException failure;

  /**
   * @param registry says whether a document is worth parsing (a package lock or an OpenAPI spec is
   *     not)
   */
  Source(
      String text,
      FileKind kind,
      String path,
      YamlLoader yaml,
      JsonLoader json,
      ExtractorRegistry registry) {
    this.text = text;
    this.kind = kind;
    this.path = path;
    this.yaml = yaml;
    this.json = json;
    this.registry = registry;
  }

  String text() {
    return text;
  }

  /**
   * The documents of a YAML or JSON file, parsed on first use. Empty for a Helm chart template (Go
   * template syntax, not YAML: the text scanner reads it) and for YAML or JSON that no extractor
   * reads by its path and that holds none of their triggers (package locks, OpenAPI specs, exports
   * and indexes are not worth a parse).
   */
  List<YNode> documents() throws ParseException {
    if (failure != null) {
      throw failure;
    }
    if (documents == null) {
      try {
        documents = parse();
      } catch (ParseException e) {
        failure = e;
        throw e;
      }
    }
    return documents;
  }

  private List<YNode> parse() throws ParseException {
    return switch (kind) {
      case YAML ->
          isHelmTemplate() || !registry.worthParsing(kind, path, text)
              ? List.of()
              : yaml.load(text);
      case JSON -> registry.worthParsing(kind, path, text) ? json.load(text) : List.of();
      default -> List.of();
    };
  }

  /** Marks a document as read by an extractor that owns it (compose), so others pass it by. */
  void claim(YNode document) {
    claimed.add(document);
  }

  /** The mapping documents no extractor has claimed, in order. */
  List<YMap> unclaimedMaps() throws ParseException {
    List<YMap> maps = new ArrayList<>();
    for (YNode doc : documents()) {
      YMap map = doc == null || claimed.contains(doc) ? null : doc.asMap();
      if (map != null) {
        maps.add(map);
      }
    }
    return maps;
  }

  private boolean isHelmTemplate() {
    return (path.startsWith("templates/") || path.contains("/templates/")) && text.contains("{{");
  }
}
