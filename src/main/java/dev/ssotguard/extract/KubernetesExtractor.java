package dev.ssotguard.extract;

import dev.ssotguard.formats.yaml.YMap;
import java.util.Set;

/** Kubernetes workloads: the containers they run, with their images and environments. */
final class KubernetesExtractor extends DocumentExtractor {
  @Override
  public DocumentTriggers documentTriggers() {
    return new DocumentTriggers(Set.of(), Set.of(), KubernetesReader.workloadKinds());
  }

  @Override
  void read(YMap root, FactsBuilder out) {
    if (KubernetesReader.isWorkload(root)) {
      out.addAll(KubernetesReader.read(root, out));
    }
  }
}
