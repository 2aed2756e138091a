package dev.ssotguard.extract;

import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.json.JsonLoader;
import dev.ssotguard.formats.yaml.YamlLoader;
import dev.ssotguard.knowledge.Knowledge;
import dev.ssotguard.workspace.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one file into {@link FileFacts}: the extractors of its kind whose pre-filter accepts it, in
 * registry order. Whatever goes wrong with one file becomes an SSOT000 note on that file; it never
 * escapes.
 */
public final class FileExtractor {
  private final long maxBytes;
  private final YamlLoader yaml;
  private final JsonLoader json = new JsonLoader();
  // One read buffer per extraction thread; a file's bytes live only while it is extracted.
  private final ThreadLocal<FileContent.Buffer> buffers =
      ThreadLocal.withInitial(FileContent.Buffer::new);
  private final ExtractorRegistry registry;

  public FileExtractor(ExtractorRegistry registry, long maxBytes) {
    this.maxBytes = maxBytes;
    this.yaml = new YamlLoader((int) Math.min(Integer.MAX_VALUE, maxBytes));
    this.registry = registry;
  }

  /** With the built-in extractors (benchmarks). */
  public FileExtractor(Knowledge knowledge, long maxBytes) {
    this(new ExtractorRegistry(knowledge), maxBytes);
  }

  public FileFacts extract(SourceFile file) {
    FileKind kind = FileKind.of(file.name());
    FactsBuilder out = new FactsBuilder(file, kind);
    FileContent content =
        FileContent.read(file.absolutePath(), file.size(), maxBytes, buffers.get());
    out.sqlite = content.sqliteDatabase();
    if (content.problem() != null && kind.isConfig()) {
      out.note(1, 1, file.name() + ": " + content.problem());
    }
    if (!content.hasText()) {
      return out.build();
    }
    out.needles = content.needles(registry.needsKeyNeedles(kind));
    // A plain loop: this runs for every file with text (no stream on the hot path).
    List<Extractor> wanted = new ArrayList<>(2);
    for (Extractor e : registry.forKind(kind)) {
      if (e.wants(file.name(), out.needles)) {
        wanted.add(e);
      }
    }
    if (wanted.isEmpty()) {
      return out.build();
    }
    FileContent.Text decoded = content.decode();
    if (decoded.problem() != null && kind.isConfig()) {
      out.note(1, 1, file.name() + ": " + decoded.problem());
    }
    out.addAll(InlineMarkers.read(file.path(), decoded.text()));
    Source source = new Source(decoded.text(), kind, file.path(), yaml, json, registry);
    boolean failed = false;
    for (Extractor extractor : wanted) {
      if (failed && !extractor.runsAfterFailure()) {
        continue;
      }
      try {
        extractor.extract(source, out);
      } catch (ParseException e) {
        failed = true;
        out.note(
            e.line(),
            e.column(),
            kind.name().toLowerCase(Locale.ROOT)
                + " could not be parsed: "
                + sanitize(e.getMessage()));
      } catch (RuntimeException | StackOverflowError e) {
        failed = true;
        out.note(
            1,
            1,
            "could not be read ("
                + e.getClass().getSimpleName()
                + "); the rest of the scan went on");
      }
    }
    return out.build();
  }

  /** Parser messages may quote input; keep them short and free of URL credentials. */
  static String sanitize(String message) {
    String m = message == null ? "" : message.replaceAll("//[^/@\\s]*@", "//****@");
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
