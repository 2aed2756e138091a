package dev.ssotguard.extract;

import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.yaml.YMap;
import java.util.Set;

/**
 * An extractor of YAML (and JSON) documents that reads each mapping document no other extractor
 * owns: workflows, app specs, Kubernetes workloads, database configs. YAML files are PR-mode
 * context; JSON files are not.
 */
abstract class DocumentExtractor implements Extractor {
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
    for (YMap root : source.unclaimedMaps()) {
      read(root, out);
    }
  }

  /** Reads one mapping document. */
  abstract void read(YMap root, FactsBuilder out);
}
