package dev.ssotguard.extract;

import dev.ssotguard.formats.yaml.YMap;

/** GitHub Actions workflows: jobs, their runners, and secret-fed database settings. */
final class WorkflowExtractor extends DocumentExtractor {
  @Override
  public boolean readsByPath(String path) {
    return WorkflowReader.isWorkflow(path);
  }

  @Override
  void read(YMap root, FactsBuilder out) {
    if (WorkflowReader.isWorkflow(out.file.path())) {
      out.add(WorkflowReader.read(root, Integer.MAX_VALUE, out));
    }
  }
}
