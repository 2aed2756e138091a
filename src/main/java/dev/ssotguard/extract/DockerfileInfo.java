package dev.ssotguard.extract;

import java.util.List;

/** What a Dockerfile builds on and which files it copies into the image. */
public record DockerfileInfo(List<String> baseImages, List<Copy> copies) implements SourceFact {
  public DockerfileInfo {
    baseImages = List.copyOf(baseImages);
    copies = List.copyOf(copies);
  }

  /** A COPY or ADD from the build context (not from another stage). */
  public record Copy(List<String> sources, String destination, int line) {
    public Copy {
      sources = List.copyOf(sources);
    }
  }
}
