package dev.ssotguard.extract;

import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import java.util.Set;

/** Kubernetes workloads: the containers they run, with their images and environments. */
final class KubernetesExtractor implements Extractor {
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
      if (root != null && KubernetesReader.isWorkload(root)) {
        out.workloads.addAll(KubernetesReader.read(root, out));
      }
    }
  }
}
