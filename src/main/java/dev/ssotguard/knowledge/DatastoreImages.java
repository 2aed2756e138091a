package dev.ssotguard.knowledge;

import dev.ssotguard.connection.Engine;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which images run which datastore, and the roles the built-in policy gives
 * (knowledge/datastores.yaml).
 */
public record DatastoreImages(
    Map<String, Engine> images,
    Map<String, Engine> imageNames,
    Map<Engine, String> roles,
    Set<String> helperNameWords,
    Map<String, String> dbFileEngines) {
  public DatastoreImages {
    dbFileEngines = Map.copyOf(dbFileEngines);
    images = Map.copyOf(images);
    imageNames = Map.copyOf(imageNames);
    roles = Map.copyOf(roles);
    helperNameWords = Set.copyOf(helperNameWords);
  }

  /** Whether a service's name marks it a helper (init-clickhouse, db-backup): a word is listed. */
  public boolean isHelperName(String serviceName) {
    for (String word : serviceName.toLowerCase(Locale.ROOT).split("[^a-z0-9]+", -1)) {
      if (helperNameWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The engine whose data an image keeps in its {@code *.db} files when that is not SQLite. */
  public Optional<String> dbFileEngineOf(String image) {
    return image == null || image.isBlank()
        ? Optional.empty()
        : Optional.ofNullable(dbFileEngines.get(Tool.repository(image)));
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
