package dev.ssotguard.knowledge;

import dev.ssotguard.connection.Engine;
import java.util.Map;
import java.util.Optional;

/**
 * Which images run which datastore, and the roles the built-in policy gives
 * (knowledge/datastores.yaml).
 */
public record DatastoreImages(
    Map<String, Engine> images, Map<String, Engine> imageNames, Map<Engine, String> roles) {
  public DatastoreImages {
    images = Map.copyOf(images);
    imageNames = Map.copyOf(imageNames);
    roles = Map.copyOf(roles);
  }

  /** The engine an image runs: by its repository, else by its last path segment (vendor images). */
  public Optional<Engine> engineOf(String image) {
    if (image == null || image.isBlank()) {
      return Optional.empty();
    }
    String repository = Tool.repository(image);
    Engine exact = images.get(repository);
    if (exact != null) {
      return Optional.of(exact);
    }
    return Optional.ofNullable(
        imageNames.get(repository.substring(repository.lastIndexOf('/') + 1)));
  }
}
