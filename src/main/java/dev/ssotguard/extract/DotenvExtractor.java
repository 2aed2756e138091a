package dev.ssotguard.extract;

import dev.ssotguard.formats.dotenv.DotenvEntry;
import dev.ssotguard.formats.dotenv.DotenvParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Dotenv files: their entries (compose reads them), password settings and SQLite files. */
final class DotenvExtractor implements Extractor {
  private final KeyValueSettings settings;

  DotenvExtractor(KeyValueSettings settings) {
    this.settings = settings;
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
    settings.readEnvironment(scope, "", out);
  }
}
