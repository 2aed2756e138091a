package dev.ssotguard.extract;

import java.util.Set;

/** Dockerfiles: the base image and what the build installs. */
final class DockerfileExtractor implements Extractor {
  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.DOCKERFILE);
  }

  @Override
  public Set<FileKind> contextKinds() {
    return Set.of(FileKind.DOCKERFILE);
  }

  @Override
  public void extract(Source source, FactsBuilder out) {
    out.add(DockerfileReader.read(source.text()));
  }
}
