package dev.ssotguard.extract;

import dev.ssotguard.formats.yaml.YMap;

/** Kubernetes workloads: the containers they run, with their images and environments. */
final class KubernetesExtractor extends DocumentExtractor {
  @Override
  void read(YMap root, FactsBuilder out) {
    if (KubernetesReader.isWorkload(root)) {
      out.workloads.addAll(KubernetesReader.read(root, out));
    }
  }
}
