package dev.ssotguard.extract;

import java.util.Set;

/** SQL files: stored routines, triggers and events written for MySQL or MariaDB. */
final class SqlExtractor implements Extractor {
  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.SQL);
  }

  @Override
  public Set<FileKind> contextKinds() {
    return Set.of(FileKind.SQL);
  }

  @Override
  public void extract(Source source, FactsBuilder out) {
    MysqlRoutines.read(source.text(), out);
  }
}
