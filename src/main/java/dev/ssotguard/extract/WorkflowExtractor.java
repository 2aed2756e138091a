package dev.ssotguard.extract;

import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import java.util.Set;

/** GitHub Actions workflows: jobs, their runners, and secret-fed database settings. */
final class WorkflowExtractor implements Extractor {
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
    if (!WorkflowReader.isWorkflow(out.file.path())) {
      return;
    }
    for (YNode doc : source.documents()) {
      YMap root = doc == null || source.claimed(doc) ? null : doc.asMap();
      if (root != null) {
        out.workflow = WorkflowReader.read(root, Integer.MAX_VALUE, out);
      }
    }
  }
}
