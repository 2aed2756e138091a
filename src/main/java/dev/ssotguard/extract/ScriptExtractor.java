package dev.ssotguard.extract;

import java.util.Set;

/** JavaScript and TypeScript config (knex, Sequelize, TypeORM, Drizzle) that chooses SQLite. */
final class ScriptExtractor implements Extractor {
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
    AppConfigExtractor.script(source.text(), out);
  }
}
