package dev.ssotguard.knowledge;

import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.connection.SecretClassifier;
import java.util.List;
import java.util.Optional;

/** The knowledge base: tools and credential placeholders, loaded once from data files. */
public record Knowledge(
    List<Tool> tools,
    SecretClassifier secrets,
    Runtimes runtimes,
    DatastoreImages datastores,
    EngineSettings engineSettings) {
  public Knowledge {
    tools = List.copyOf(tools);
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
