package dev.ssotguard.extract;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.connection.Engine;
import dev.ssotguard.formats.dotenv.DotenvEntry;
import dev.ssotguard.formats.dotenv.DotenvParser;
import dev.ssotguard.model.DatastoreUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Dotenv files: their entries (compose reads them), password settings and Prisma file URLs. */
final class DotenvExtractor implements Extractor {
  private final KeyValueSettings settings;
  private final ConnectionStringParser parser;

  DotenvExtractor(KeyValueSettings settings, ConnectionStringParser parser) {
    this.settings = settings;
    this.parser = parser;
  }

  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.DOTENV);
  }

  @Override
  public Set<FileKind> contextKinds() {
    return Set.of(FileKind.DOTENV);
  }

  @Override
  public void extract(Source source, FactsBuilder out) {
    List<DotenvEntry> entries = DotenvParser.parse(source.text());
    out.add(new DotenvFile(entries));
    List<KeyValueSettings.Setting> scope = new ArrayList<>();
    for (DotenvEntry e : entries) {
      scope.add(
          new KeyValueSettings.Setting(e.key(), e.value(), out.at(e.line(), e.valueColumn())));
    }
    settings.read(scope, false, "", out);
    for (DotenvEntry e : entries) {
      // Prisma's SQLite URLs (file:./dev.db) have no "://" for the generic scanner to find.
      String key = e.key().toUpperCase(Locale.ROOT);
      if (e.value().startsWith("file:") && (key.contains("DATABASE") || key.contains("DB_"))) {
        ConnectionString cs = parser.fileUrl(e.value());
        out.add(
            new DatastoreUse(
                Engine.SQLITE,
                cs,
                out.at(e.line(), e.valueColumn()),
                out.environment(),
                "Prisma file URL in " + e.key(),
                cs.inMemory(),
                false,
                List.of()));
      }
    }
  }
}
