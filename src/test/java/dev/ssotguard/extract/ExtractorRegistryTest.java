package dev.ssotguard.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.knowledge.KnowledgeLoader;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the registry derives from the extractors' declarations. */
class ExtractorRegistryTest {
  private final ExtractorRegistry registry = new ExtractorRegistry(KnowledgeLoader.builtin());

  /** The context kinds ChangeScope documents: the files other files' verdicts depend on. */
  @Test
  void prModeContextIsWhatChangeScopeDocuments() {
    Set<FileKind> context = EnumSet.noneOf(FileKind.class);
    for (FileKind kind : FileKind.values()) {
      if (registry.isContext(kind)) {
        context.add(kind);
      }
    }
    assertThat(context)
        .containsExactlyInAnyOrder(
            FileKind.YAML,
            FileKind.DOTENV,
            FileKind.INI,
            FileKind.PRISMA,
            FileKind.SQL,
            FileKind.DOCKERFILE,
            FileKind.TERRAFORM,
            FileKind.PGPASS);
  }

  @Test
  void everyKindEndsWithTheTextScannerAndConfigKindsHaveTheirOwnReader() {
    for (FileKind kind : FileKind.values()) {
      var readers = registry.forKind(kind);
      assertThat(readers.get(readers.size() - 1)).as("%s", kind).isInstanceOf(TextScanner.class);
      if (kind.isConfig()) {
        assertThat(readers).as("%s", kind).hasSizeGreaterThan(1);
      }
    }
  }

  @Test
  void aContextKindIsOneTheExtractorReads() {
    for (FileKind kind : FileKind.values()) {
      for (Extractor e : registry.forKind(kind)) {
        assertThat(e.kinds()).containsAll(e.contextKinds());
      }
    }
  }

  /** Code and prose are decoded only when a needle says so; config always. */
  @Test
  void codeAndProseNeedANeedle() {
    assertThat(wanted(FileKind.PYTHON, "app.py", 0)).isFalse();
    assertThat(wanted(FileKind.PYTHON, "superset_config.py", 0)).isTrue();
    assertThat(wanted(FileKind.PYTHON, "app.py", Needles.HOST)).isTrue();
    assertThat(wanted(FileKind.SCRIPT, "knexfile.js", Needles.SQLITE)).isTrue();
    assertThat(wanted(FileKind.SCRIPT, "app.js", Needles.HOST)).isFalse();
    assertThat(wanted(FileKind.DOCUMENTATION, "README.md", 0)).isFalse();
    assertThat(wanted(FileKind.DOCUMENTATION, "README.md", Needles.DATABASE_URL)).isTrue();
    assertThat(wanted(FileKind.YAML, "values.yaml", 0)).isTrue();
    assertThat(registry.needsKeyNeedles(FileKind.PYTHON)).isTrue();
    assertThat(registry.needsKeyNeedles(FileKind.YAML)).isFalse();
  }

  private boolean wanted(FileKind kind, String name, int needles) {
    return registry.forKind(kind).stream().anyMatch(e -> e.wants(name, needles));
  }
}
