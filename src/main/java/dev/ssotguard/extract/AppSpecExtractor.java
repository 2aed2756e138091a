package dev.ssotguard.extract;

import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import java.util.Set;

/**
 * Platform app specs (DigitalOcean App Platform, Render): the runtime they deploy to, and the
 * database settings App Platform fills from secrets.
 */
final class AppSpecExtractor implements Extractor {
  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.YAML, FileKind.JSON);
  }

  @Override
  public Set<FileKind> contextKinds() {
    return Set.of(FileKind.YAML);
  }

  @Override
  public void extract(Source source, FactsBuilder out) throws ParseException {
    for (YNode doc : source.documents()) {
      YMap root = doc == null || source.claimed(doc) ? null : doc.asMap();
      String runtime = root == null ? null : AppSpecs.runtimeOf(out.file.path(), root);
      if (runtime != null) {
        out.specRuntime = runtime;
        if (runtime.equals("do-app-platform")) {
          AppSpecs.secretSettings(root, out);
        }
      }
    }
  }
}
