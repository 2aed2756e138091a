package dev.ssotguard.knowledge;

import dev.ssotguard.connection.Engine;
import java.util.Map;
import java.util.Optional;

/**
 * Which images run which datastore, and the roles the built-in policy gives
 * (knowledge/datastores.yaml).
 */
public record DatastoreImages(Map<String, Engine> images, Map<Engine, String> roles) {
  public DatastoreImages {
    images = Map.copyOf(images);
    roles = Map.copyOf(roles);
  }

  public Optional<Engine> engineOf(String image) {
    if (image == null || image.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(images.get(Tool.repository(image)));
  }
}
