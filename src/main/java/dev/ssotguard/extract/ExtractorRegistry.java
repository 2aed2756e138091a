package dev.ssotguard.extract;

import dev.ssotguard.knowledge.EngineSettings;
import dev.ssotguard.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every extractor, in the order they read a file: the YAML readers that own a document first
 * (compose), then the rest, the generic text scanner last. Which files are worth decoding and which
 * PR mode reads as context follow from their declarations.
 */
public final class ExtractorRegistry {
  private final Map<FileKind, List<Extractor>> byKind = new EnumMap<>(FileKind.class);
  private final Set<FileKind> contextKinds = EnumSet.noneOf(FileKind.class);
  private final Set<FileKind> keyNeedleKinds = EnumSet.noneOf(FileKind.class);
  private final Map<FileKind, DocumentGate> documentGates = new EnumMap<>(FileKind.class);

  public ExtractorRegistry(Knowledge knowledge) {
    KeyValueSettings settings =
        new KeyValueSettings(knowledge.secrets(), knowledge.engineSettings());
    EngineSettings engineSettings = knowledge.engineSettings();
    List<Extractor> all =
        List.of(
            new ComposeExtractor(settings),
            new WorkflowExtractor(),
            new CiPipelineExtractor(knowledge.runtimes()),
            new AppSpecExtractor(),
            new VercelConfigExtractor(),
            new KubernetesExtractor(),
            new DatabaseConfigExtractor(settings, engineSettings),
            new DotenvExtractor(settings),
            new PythonSettingsExtractor(
                settings,
                knowledge.tools().stream()
                    .filter(t -> t.pythonConfig() != null)
                    .map(t -> t.pythonConfig().stem())
                    .toList()),
            new IniExtractor(settings),
            new PropertiesExtractor(settings),
            new TomlExtractor(settings),
            new PrismaExtractor(),
            new ScriptExtractor(engineSettings),
            new DockerfileExtractor(),
            new TerraformExtractor(settings),
            new PgpassExtractor(knowledge.secrets()),
            new SqlExtractor(),
            new TextScanner(
                knowledge.connectionParser(), new FreeTextFields(knowledge.freeTextKeys())));
    for (FileKind kind : FileKind.values()) {
      List<Extractor> readers = new ArrayList<>();
      for (Extractor e : all) {
        if (e.kinds().contains(kind)) {
          readers.add(e);
        }
      }
      byKind.put(kind, Collections.unmodifiableList(readers));
      if (readers.stream().anyMatch(Extractor::needsKeyNeedles)) {
        keyNeedleKinds.add(kind);
      }
    }
    for (Extractor e : all) {
      contextKinds.addAll(e.contextKinds());
    }
    for (FileKind kind : List.of(FileKind.YAML, FileKind.JSON)) {
      List<DocumentTriggers> triggers = new ArrayList<>();
      byKind.get(kind).forEach(e -> triggers.add(e.documentTriggers()));
      documentGates.put(kind, new DocumentGate(DocumentTriggers.union(triggers)));
    }
  }

  /** The extractors that read a kind of file, in order. */
  List<Extractor> forKind(FileKind kind) {
    return byKind.get(kind);
  }

  /**
   * Whether a YAML or JSON file is worth parsing: an extractor reads it by its path, or the text
   * holds a key or value an extractor reads a document for.
   */
  boolean worthParsing(FileKind kind, String path, String text) {
    DocumentGate gate = documentGates.get(kind);
    if (gate == null) {
      return false;
    }
    for (Extractor e : byKind.get(kind)) {
      if (e.readsByPath(path)) {
        return true;
      }
    }
    return kind == FileKind.JSON ? gate.opensJson(text) : gate.opensYaml(text);
  }

  /** Whether any extractor of the kind needs the key-word needles to decide. */
  boolean needsKeyNeedles(FileKind kind) {
    return keyNeedleKinds.contains(kind);
  }

  /** Whether other files' verdicts may depend on what files of this kind hold (PR mode). */
  public boolean isContext(FileKind kind) {
    return contextKinds.contains(kind);
  }
}
