package dev.ssotguard.extract;

import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.knowledge.Runtimes;
import dev.ssotguard.model.CiPipeline;

/**
 * CI pipeline files (GitHub Actions workflows, .gitlab-ci.yml, ...; knowledge/runtimes.yaml {@code
 * ci_pipelines}): records that the file is one, so rules can tell a job's throwaway service
 * database from a deployed one.
 */
final class CiPipelineExtractor extends DocumentExtractor {
  private final Runtimes runtimes;

  CiPipelineExtractor(Runtimes runtimes) {
    this.runtimes = runtimes;
  }

  @Override
  public boolean readsByPath(String path) {
    return runtimes.ciSystemOf(path) != null;
  }

  @Override
  void read(YMap root, FactsBuilder out) {
    String system = runtimes.ciSystemOf(out.file.path());
    if (system != null && !out.holds(CiPipeline.class)) {
      out.add(new CiPipeline(out.file.path(), system));
    }
  }
}
