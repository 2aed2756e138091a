package dev.ssotguard.extract;

import dev.ssotguard.formats.python.PythonAssignments;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python settings: a tool's config module (tools.yaml python_config, Superset's {@code
 * superset_config.py}: its assignments, evaluated later), Django's {@code DATABASES} engine and
 * passwords, and module-level password and host assignments.
 */
final class PythonSettingsExtractor implements Extractor {
  private static final Pattern PY_STRING_ASSIGNMENT =
      Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(['\"])([^'\"]*)\\2\\s*(#.*)?$");
  private static final Pattern PY_DICT_PASSWORD =
      Pattern.compile("['\"](PASSWORD|HOST)['\"]\\s*:\\s*(['\"])([^'\"]*)\\2");

  private final KeyValueSettings settings;

  /** The file-name stems of the tools' config modules ({@code superset_config}). */
  private final List<String> configStems;

  PythonSettingsExtractor(KeyValueSettings settings, List<String> configStems) {
    this.settings = settings;
    this.configStems = List.copyOf(configStems);
  }

  private boolean isConfigModule(String fileName) {
    for (String stem : configStems) {
      if (fileName.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.PYTHON);
  }

  /** Python is code: read only when it holds a setting of interest, or is a tool's config. */
  @Override
  public boolean wants(String fileName, int needles) {
    return (needles
                & (Needles.CONNECTION
                    | Needles.PASSWORD
                    | Needles.HOST
                    | Needles.DJANGO
                    | Needles.TOOL_SETTING))
            != 0
        || isConfigModule(fileName);
  }

  @Override
  public boolean needsKeyNeedles() {
    return true;
  }

  @Override
  public void extract(Source source, FactsBuilder out) {
    String text = source.text();
    String name = out.file.name().toLowerCase(Locale.ROOT);
    if (isConfigModule(name) || (out.needles & Needles.TOOL_SETTING) != 0) {
      out.add(new PythonSettings(PythonAssignments.parse(text)));
    }
    AppConfigExtractor.python(text, out);
    if ((out.needles & (Needles.PASSWORD | Needles.HOST)) == 0) {
      return;
    }
    List<KeyValueSettings.Setting> module = new ArrayList<>();
    List<KeyValueSettings.Setting> databases = new ArrayList<>();
    boolean django = text.contains("DATABASES");
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].length() > 4096 || !mayHoldSetting(lines[i])) {
        continue;
      }
      Matcher m = PY_STRING_ASSIGNMENT.matcher(lines[i]);
      if (m.find()) {
        module.add(
            new KeyValueSettings.Setting(m.group(1), m.group(3), out.at(i + 1, m.start(3) + 1)));
      }
      Matcher d = django ? PY_DICT_PASSWORD.matcher(lines[i]) : null;
      if (d != null && d.find()) {
        databases.add(
            new KeyValueSettings.Setting(d.group(1), d.group(3), out.at(i + 1, d.start(3) + 1)));
      }
    }
    settings.read(module, false, "", out);
    settings.read(databases, true, " of Django DATABASES", out);
  }

  /** Password and host settings are the only Python assignments the credential rule reads. */
  private static boolean mayHoldSetting(String text) {
    return text.contains("ASS")
        || text.contains("ass")
        || text.contains("WD")
        || text.contains("wd")
        || text.contains("HOST")
        || text.contains("host");
  }
}
