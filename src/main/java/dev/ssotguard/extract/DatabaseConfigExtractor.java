package dev.ssotguard.extract;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import dev.ssotguard.formats.yaml.YScalar;
import dev.ssotguard.formats.yaml.YSeq;
import dev.ssotguard.knowledge.EngineSettings;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Evidence;
import dev.ssotguard.model.Location;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Database settings in YAML and JSON documents: per-environment configs (Rails {@code
 * config/database.yml}, Sequelize {@code config/config.json}, TypeORM's {@code ormconfig.json})
 * that choose SQLite, and database password settings anywhere in a map tree.
 */
final class DatabaseConfigExtractor extends DocumentExtractor {
  private static final Set<String> PRODUCTION_SECTIONS =
      Set.of("production", "prod", "staging", "stage", "live");
  private static final Set<String> DEVELOPMENT_SECTIONS = Set.of("development", "dev", "local");
  private static final Set<String> TEST_SECTIONS = Set.of("test", "testing", "ci");
  private static final Set<String> FILE_KEYS = Set.of("database", "storage", "filename", "url");
  private static final List<String> DB_PATH_TOKENS =
      List.of("datasource", "database", "db", "postgres", "mysql", "sql");
  private static final int MAX_MAPS = 20_000;

  private final KeyValueSettings settings;
  private final EngineSettings engineSettings;

  DatabaseConfigExtractor(KeyValueSettings settings, EngineSettings engineSettings) {
    this.settings = settings;
    this.engineSettings = engineSettings;
  }

  /** Password and TLS settings by their keys; SQLite chosen by a value. */
  @Override
  public DocumentTriggers documentTriggers() {
    return new DocumentTriggers(
        Set.of(), Set.of("pass", "pwd", "sslmode"), engineSettings.sqliteValues());
  }

  /** TypeORM's ormconfig.json may be a list of connection configs; the rest are maps. */
  @Override
  public void extract(Source source, FactsBuilder out) throws ParseException {
    for (YNode doc : source.documents()) {
      if (doc instanceof YSeq list) {
        for (YNode item : list.items()) {
          if (item.asMap() != null) {
            environmentSections(item.asMap(), out);
          }
        }
      }
    }
    super.extract(source, out);
  }

  @Override
  void read(YMap root, FactsBuilder out) {
    environmentSections(root, out);
    String stem = out.file.name().toLowerCase(Locale.ROOT);
    boolean databaseFile =
        stem.startsWith("database.")
            || stem.equals("ormconfig.json")
            || stem.equals("knexfile.json");
    walk(root, databaseFile, "", out, new IdentityHashMap<>());
  }

  /**
   * Per-environment sections ({@code production:}, {@code test:}) and a top-level datastore config
   * (TypeORM's {@code ormconfig.json}: {@code type} with {@code database}) that choose SQLite.
   */
  private void environmentSections(YMap root, FactsBuilder out) {
    if (hasDatabaseFile(root)) {
      sqliteSettings(root, null, out.environment(), out);
    }
    for (YMap.Entry e : root.entries()) {
      Environment section = sectionEnvironment(e.name());
      YMap body = e.value() == null ? null : e.value().asMap();
      if (section != null && body != null) {
        Environment env = out.environment() == Environment.PRODUCTION ? section : out.environment();
        sqliteSettings(body, e, env, out);
      }
    }
  }

  private static boolean hasDatabaseFile(YMap map) {
    for (YMap.Entry e : map.entries()) {
      if (FILE_KEYS.contains(e.name().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Engine settings of one config map; {@code section} is its environment key, or null. */
  private void sqliteSettings(YMap body, YMap.Entry section, Environment env, FactsBuilder out) {
    for (YMap.Entry setting : body.entries()) {
      String value = setting.value() == null ? null : setting.value().text();
      if (!engineSettings.choosesSqlite(setting.name(), value)) {
        continue;
      }
      YNode v = setting.value();
      Location valueAt = out.at(v.line(), v.column());
      String via =
          (section == null ? "" : "'" + section.name() + "' section ")
              + setting.name()
              + ": "
              + value;
      // A value merged in from an anchor is shared; the section that takes it is where to fix.
      boolean inherited = section != null && v.line() < section.key().line();
      Location at = inherited ? out.at(section.key().line(), section.key().column()) : valueAt;
      List<Evidence> evidence =
          inherited ? List.of(new Evidence.MergedSetting(valueAt, setting.name())) : List.of();
      out.add(new DatastoreUse(Engine.SQLITE, null, at, env, via, inMemory(body), false, evidence));
    }
  }

  private static boolean inMemory(YMap section) {
    for (YMap.Entry e : section.entries()) {
      if (FILE_KEYS.contains(e.name().toLowerCase(Locale.ROOT)) && e.value() != null) {
        String v = e.value().text();
        if (v != null && (v.contains(":memory:") || v.contains("mode=memory"))) {
          return true;
        }
      }
    }
    return false;
  }

  static Environment sectionEnvironment(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (PRODUCTION_SECTIONS.contains(k)) {
      return Environment.PRODUCTION;
    }
    if (DEVELOPMENT_SECTIONS.contains(k)) {
      return Environment.DEVELOPMENT;
    }
    return TEST_SECTIONS.contains(k) ? Environment.TEST : null;
  }

  /** Visits every map once (shared alias targets too), reading each as a settings scope. */
  private void walk(
      YMap map, boolean databasePath, String path, FactsBuilder out, Map<YMap, Boolean> seen) {
    if (seen.size() > MAX_MAPS || seen.put(map, Boolean.TRUE) != null) {
      return;
    }
    List<KeyValueSettings.Setting> scope = new ArrayList<>();
    for (YMap.Entry e : map.entries()) {
      if (e.value() instanceof YScalar s && s.value() != null) {
        scope.add(new KeyValueSettings.Setting(e.name(), s.value(), out.at(s.line(), s.column())));
      }
    }
    if (!scope.isEmpty()) {
      settings.read(scope, databasePath, path.isEmpty() ? "" : " (" + path + ")", out);
    }
    for (YMap.Entry e : map.entries()) {
      YMap child = e.value() == null ? null : e.value().asMap();
      if (child != null) {
        String childPath = path.isEmpty() ? e.name() : path + "." + e.name();
        walk(child, databasePath || isDatabaseKey(e.name()), childPath, out, seen);
      }
    }
  }

  private static boolean isDatabaseKey(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (sectionEnvironment(k) != null) {
      return false;
    }
    for (String token : DB_PATH_TOKENS) {
      if (k.equals(token)
          || k.startsWith(token + "_")
          || k.endsWith("_" + token)
          || (k.contains(token) && token.length() > 3)) {
        return true;
      }
    }
    return false;
  }
}
