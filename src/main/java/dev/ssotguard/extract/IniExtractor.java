package dev.ssotguard.extract;

import dev.ssotguard.formats.ini.IniFile;
import dev.ssotguard.formats.ini.IniParser;
import dev.ssotguard.model.DatabaseHostSetting;
import dev.ssotguard.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * INI-style config ({@code .conf}, {@code .ini}, {@code .cfg}): password settings, Odoo's db_host.
 */
final class IniExtractor implements Extractor {
  private final KeyValueSettings settings;

  IniExtractor(KeyValueSettings settings) {
    this.settings = settings;
  }

  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.INI);
  }

  @Override
  public Set<FileKind> contextKinds() {
    return Set.of(FileKind.INI);
  }

  @Override
  public void extract(Source source, FactsBuilder out) {
    IniFile ini = IniParser.parse(source.text());
    for (IniFile.Section section : ini.sections()) {
      List<KeyValueSettings.Setting> scope = new ArrayList<>();
      for (IniFile.Entry e : section.entries()) {
        scope.add(
            new KeyValueSettings.Setting(e.key(), e.value(), out.at(e.line(), e.valueColumn())));
      }
      settings.read(
          scope, false, section.name().isEmpty() ? "" : " in [" + section.name() + "]", out);
    }
    IniFile.Section options = ini.section("options");
    IniFile.Entry dbHost = options == null ? null : options.entry("db_host");
    if (dbHost != null && dbHost.value() != null && !dbHost.value().isBlank()) {
      Location at = out.at(dbHost.line(), dbHost.valueColumn());
      out.add(new ConfigDbHost(dbHost.value().trim(), at));
      out.add(new DatabaseHostSetting(at, out.environment(), "db_host", dbHost.value().trim()));
    }
  }
}
