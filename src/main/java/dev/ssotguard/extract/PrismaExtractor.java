package dev.ssotguard.extract;

import java.util.Set;

/** Prisma schemas: a SQLite provider or file URL, and the variables the datasource URL reads. */
final class PrismaExtractor implements Extractor {
  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.PRISMA);
  }

  @Override
  public Set<FileKind> contextKinds() {
    return Set.of(FileKind.PRISMA);
  }

  @Override
  public void extract(Source source, FactsBuilder out) {
    AppConfigExtractor.prisma(source.text(), out);
  }
}
