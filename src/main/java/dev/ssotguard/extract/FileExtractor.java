package dev.ssotguard.extract;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.connection.Engine;
import dev.ssotguard.connection.SecretClassifier;
import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.dotenv.DotenvEntry;
import dev.ssotguard.formats.dotenv.DotenvParser;
import dev.ssotguard.formats.ini.IniFile;
import dev.ssotguard.formats.ini.IniParser;
import dev.ssotguard.formats.python.PythonAssignments;
import dev.ssotguard.formats.yaml.YamlLoader;
import dev.ssotguard.knowledge.Knowledge;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.workspace.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one file into {@link FileFacts}: the extractor for its kind, then the generic text scanner.
 * Whatever goes wrong with one file becomes an SSOT000 note on that file; it never escapes.
 */
public final class FileExtractor {
  private static final Pattern PY_STRING_ASSIGNMENT =
      Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(['\"])([^'\"]*)\\2\\s*(#.*)?$");
  private static final Pattern PY_DICT_PASSWORD =
      Pattern.compile("['\"](PASSWORD|HOST)['\"]\\s*:\\s*(['\"])([^'\"]*)\\2");
  private static final Pattern PROPERTY =
      Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]\\s*(.*)$");

  private final long maxBytes;
  private final YamlLoader yaml;
  private final TextScanner text;
  private final KeyValueSettings settings;
  private final ConnectionStringParser parser;
  private final SecretClassifier secrets;
  private final YamlConfigExtractor yamlConfigs;

  public FileExtractor(Knowledge knowledge, long maxBytes) {
    this.maxBytes = maxBytes;
    this.yaml = new YamlLoader((int) Math.min(Integer.MAX_VALUE, maxBytes));
    this.text = new TextScanner(knowledge.connectionParser());
    this.settings = new KeyValueSettings(knowledge.secrets());
    this.parser = knowledge.connectionParser();
    this.secrets = knowledge.secrets();
    this.yamlConfigs = new YamlConfigExtractor(settings);
  }

  public FileFacts extract(SourceFile file) {
    FileKind kind = FileKind.of(file.name());
    FactsBuilder out = new FactsBuilder(file, kind);
    FileContent content = FileContent.read(file.absolutePath(), file.size(), maxBytes);
    out.sqlite = content.sqliteDatabase();
    if (content.problem() != null && kind.isConfig()) {
      out.note(1, 1, file.name() + ": " + content.problem());
    }
    if (!content.hasText()) {
      return out.build();
    }
    out.needles = content.needles(kind == FileKind.PYTHON || kind == FileKind.SCRIPT);
    if (!worthDecoding(kind, out.needles, file.name())) {
      return out.build();
    }
    FileContent.Text decoded = content.decode();
    if (decoded.problem() != null && kind.isConfig()) {
      out.note(1, 1, file.name() + ": " + decoded.problem());
    }
    try {
      byKind(decoded.text(), out);
    } catch (ParseException e) {
      out.note(
          e.line(),
          e.column(),
          kind.name().toLowerCase(Locale.ROOT)
              + " could not be parsed: "
              + sanitize(e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      out.note(
          1,
          1,
          "could not be read (" + e.getClass().getSimpleName() + "); the rest of the scan went on");
    }
    try {
      if ((out.needles & Needles.CONNECTION) != 0) {
        text.scan(decoded.text(), out);
      }
    } catch (RuntimeException | StackOverflowError e) {
      out.note(1, 1, "text scan stopped (" + e.getClass().getSimpleName() + ")");
    }
    return out.build();
  }

  /** Config kinds are always parsed; code and prose only when they hold something of interest. */
  private static boolean worthDecoding(FileKind kind, int needles, String name) {
    return switch (kind) {
      case PYTHON ->
          (needles
                      & (Needles.CONNECTION
                          | Needles.PASSWORD
                          | Needles.HOST
                          | Needles.DJANGO
                          | Needles.SUPERSET_URI))
                  != 0
              || name.startsWith("superset_config");
      case SCRIPT -> (needles & (Needles.CONNECTION | Needles.SQLITE)) != 0;
      case DOCUMENTATION, OTHER -> (needles & Needles.CONNECTION) != 0;
      default -> true;
    };
  }

  private void byKind(String source, FactsBuilder out) throws ParseException {
    switch (out.kind) {
      case YAML -> {
        if (!isHelmTemplate(out.file.path(), source)) {
          yamlConfigs.extract(yaml.load(source), out);
        }
      }
      case JSON -> {
        if (source.contains("dialect")
            || source.contains("adapter")
            || source.contains("assword")
            || source.contains("\"client\"")
            || source.contains("\"type\"")) {
          yamlConfigs.extract(yaml.load(source.replace('\t', ' ')), out);
        }
      }
      case DOTENV -> dotenv(source, out);
      case PYTHON -> python(source, out);
      case INI -> ini(source, out);
      case PROPERTIES -> properties(source, out);
      case PRISMA -> AppConfigExtractor.prisma(source, out);
      case SCRIPT -> AppConfigExtractor.script(source, out);
      case DOCKERFILE -> out.dockerfile = DockerfileReader.read(source);
      case TERRAFORM -> {
        CredentialFiles.terraform(source, out, settings);
        out.infrastructure = CredentialFiles.infrastructure(source, out);
      }
      case PGPASS -> CredentialFiles.pgpass(source, out, secrets);
      case SQL -> MysqlRoutines.read(source, out);
      default -> {}
    }
  }

  private void dotenv(String source, FactsBuilder out) {
    List<DotenvEntry> entries = DotenvParser.parse(source);
    out.dotenv = entries;
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
        out.uses.add(
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

  private void python(String source, FactsBuilder out) {
    String name = out.file.name().toLowerCase(Locale.ROOT);
    if (name.startsWith("superset_config") || (out.needles & Needles.SUPERSET_URI) != 0) {
      out.python = PythonAssignments.parse(source);
    }
    AppConfigExtractor.python(source, out);
    List<KeyValueSettings.Setting> module = new ArrayList<>();
    List<KeyValueSettings.Setting> databases = new ArrayList<>();
    if ((out.needles & (Needles.PASSWORD | Needles.HOST)) == 0) {
      return;
    }
    boolean django = source.contains("DATABASES");
    String[] lines = source.split("\n", -1);
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

  private void ini(String source, FactsBuilder out) {
    IniFile ini = IniParser.parse(source);
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
      out.configDbHost =
          new ConfigDbHost(dbHost.value().trim(), out.at(dbHost.line(), dbHost.valueColumn()));
    }
  }

  private void properties(String source, FactsBuilder out) {
    AppConfigExtractor.properties(source, out);
    List<KeyValueSettings.Setting> scope = new ArrayList<>();
    String[] lines = source.split("\n", -1);
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

  /** Helm chart templates are Go templates, not YAML: only the generic text scan reads them. */
  private static boolean isHelmTemplate(String path, String source) {
    return (path.startsWith("templates/") || path.contains("/templates/")) && source.contains("{{");
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

  /** Parser messages may quote input; keep them short and free of URL credentials. */
  static String sanitize(String message) {
    String m = message == null ? "" : message.replaceAll("//[^/@\\s]*@", "//****@");
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
