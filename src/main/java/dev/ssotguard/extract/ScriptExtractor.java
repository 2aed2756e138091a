package dev.ssotguard.extract;

import dev.ssotguard.knowledge.EngineSettings;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** JavaScript and TypeScript config (knex, Sequelize, TypeORM, Drizzle) that chooses SQLite. */
final class ScriptExtractor implements Extractor {
  private final Pattern setting;

  /** The one pattern for {@code key: 'value'} where the key and value are the engine settings'. */
  ScriptExtractor(EngineSettings engineSettings) {
    this.setting =
        Pattern.compile(
            "['\"]?("
                + alternatives(engineSettings.keys())
                + ")['\"]?\\s*:\\s*['\"]("
                + alternatives(engineSettings.sqliteValues())
                + ")['\"]",
            Pattern.CASE_INSENSITIVE);
  }

  private static String alternatives(Set<String> words) {
    return words.stream()
        .sorted(Comparator.comparing(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.SCRIPT);
  }

  /** Code is read only when it holds a connection string or an engine setting. */
  @Override
  public boolean wants(String fileName, int needles) {
    return (needles & (Needles.CONNECTION | Needles.SQLITE)) != 0;
  }

  @Override
  public boolean needsKeyNeedles() {
    return true;
  }

  @Override
  public void extract(Source source, FactsBuilder out) {
    AppConfigExtractor.script(source.text(), setting, out);
  }
}
