package dev.ssotguard.extract;

import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.toml.TomlSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TOML files: deployment blueprints keep their environment in {@code template.toml} ({@code
 * [config.env]}, {@code [variables]}), and fly.toml and netlify.toml hold env too. Each table's
 * string settings go through the same password and TLS logic as dotenv and YAML settings; URLs are
 * the generic text scanner's. Read only when the bytes hold a password or host key.
 */
final class TomlExtractor implements Extractor {
  private final KeyValueSettings settings;

  TomlExtractor(KeyValueSettings settings) {
    this.settings = settings;
  }

  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.TOML);
  }

  @Override
  public boolean wants(String fileName, int needles) {
    return (needles & (Needles.PASSWORD | Needles.HOST)) != 0;
  }

  @Override
  public boolean needsKeyNeedles() {
    return true;
  }

  @Override
  public void extract(Source source, FactsBuilder out) throws ParseException {
    Map<String, List<KeyValueSettings.Setting>> byTable = new LinkedHashMap<>();
    for (TomlSettings.Setting s : TomlSettings.read(source.text())) {
      byTable
          .computeIfAbsent(s.table(), t -> new ArrayList<>())
          .add(new KeyValueSettings.Setting(s.key(), s.value(), out.at(s.line(), s.column())));
    }
    for (Map.Entry<String, List<KeyValueSettings.Setting>> table : byTable.entrySet()) {
      String name = table.getKey();
      settings.read(
          table.getValue(), isDatabaseTable(name), name.isEmpty() ? "" : " in [" + name + "]", out);
    }
  }

  /**
   * A table about one database ({@code [database]}, {@code [db.primary]}): a bare password counts.
   */
  private static boolean isDatabaseTable(String name) {
    for (String segment : name.toLowerCase(Locale.ROOT).split("\\.", -1)) {
      if (segment.equals("database")
          || segment.equals("db")
          || segment.equals("postgres")
          || segment.equals("mysql")
          || segment.equals("datasource")) {
        return true;
      }
    }
    return false;
  }
}
