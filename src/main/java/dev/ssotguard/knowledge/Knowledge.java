package dev.ssotguard.knowledge;

import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.connection.SecretClassifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The knowledge base: tools and credential placeholders, loaded once from data files.
 *
 * @param freeTextKeys fields of template formats that hold prose (lower case)
 */
public record Knowledge(
    List<Tool> tools,
    SecretClassifier secrets,
    Runtimes runtimes,
    DatastoreImages datastores,
    EngineSettings engineSettings,
    Set<String> freeTextKeys) {
  public Knowledge {
    tools = List.copyOf(tools);
    freeTextKeys = Set.copyOf(freeTextKeys);
  }

  public Optional<Tool> tool(String id) {
    return tools.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The tool a container image belongs to, if any. */
  public Optional<Tool> toolForImage(String image) {
    if (image == null || image.isBlank()) {
      return Optional.empty();
    }
    return tools.stream().filter(t -> t.matchesImage(image)).findFirst();
  }

  public ConnectionStringParser connectionParser() {
    return new ConnectionStringParser(secrets);
  }
}
