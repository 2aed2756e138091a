package dev.ssotguard.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Java properties: Spring's SQLite driver setting and password settings. */
final class PropertiesExtractor implements Extractor {
  private static final Pattern PROPERTY =
      Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]\\s*(.*)$");

  private final KeyValueSettings settings;

  PropertiesExtractor(KeyValueSettings settings) {
    this.settings = settings;
  }

  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.PROPERTIES);
  }

  @Override
  public void extract(Source source, FactsBuilder out) {
    AppConfigExtractor.properties(source.text(), out);
    List<KeyValueSettings.Setting> scope = new ArrayList<>();
    String[] lines = source.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = lines[i].length() > 4096 ? null : PROPERTY.matcher(lines[i]);
      if (m != null && m.find()) {
        scope.add(
            new KeyValueSettings.Setting(
                m.group(1), m.group(2).strip(), out.at(i + 1, m.start(2) + 1)));
      }
    }
    settings.read(scope, false, "", out);
  }
}
