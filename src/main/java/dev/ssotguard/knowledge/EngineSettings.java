package dev.ssotguard.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Settings that choose a database engine by name in app configs ({@code adapter}, {@code client},
 * {@code dialect}, ...), and the values that mean SQLite (knowledge/datastores.yaml).
 *
 * @param keys lower case
 * @param sqliteValues lower case
 * @param envKeyEndings endings of environment-style keys that name an app's database engine ({@code
 *     DB_TYPE}, {@code STORAGE_PROVIDER}), lower case
 * @param envPaths how an environment variable's value names an app's SQLite file
 */
public record EngineSettings(
    Set<String> keys, Set<String> sqliteValues, Set<String> envKeyEndings, EnvPaths envPaths) {

  /**
   * What makes an environment variable's value a SQLite file (knowledge/datastores.yaml {@code
   * engine_settings.env_paths}), all lower case.
   *
   * @param keyWords words of a key (split at {@code _}, {@code -}, {@code .}) that say it is about
   *     a store: only such keys are read
   * @param sqliteSuffixes file suffixes that are SQLite's own
   * @param probableSuffixes file suffixes SQLite shares with other engines (a warning)
   */
  public record EnvPaths(
      Set<String> keyWords, List<String> sqliteSuffixes, List<String> probableSuffixes) {
    public EnvPaths {
      keyWords = Set.copyOf(keyWords);
      sqliteSuffixes = List.copyOf(sqliteSuffixes);
      probableSuffixes = List.copyOf(probableSuffixes);
    }
  }

  /** How sure a value is a SQLite file. */
  public enum SqliteFile {
    NO,
    YES,
    PROBABLY
  }

  public EngineSettings {
    keys = Set.copyOf(keys);
    sqliteValues = Set.copyOf(sqliteValues);
    envKeyEndings = Set.copyOf(envKeyEndings);
  }

  /**
   * Whether an environment variable names a SQLite file: a {@code file:} URL, a path with one of
   * SQLite's suffixes, or any path under a key with the word {@code sqlite}; a {@code .db} path is
   * a probable one. Only keys with a store word are read; interpolated values and URLs of other
   * schemes (the connection-string scanner's) are not.
   */
  public SqliteFile envSqliteFile(String key, String value) {
    if (key == null || value == null || value.contains("$")) {
      return SqliteFile.NO;
    }
    List<String> words = List.of(key.toLowerCase(Locale.ROOT).split("[_.\\-]+", -1));
    if (words.stream().noneMatch(envPaths.keyWords()::contains)) {
      return SqliteFile.NO;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.startsWith("file:")) {
      return SqliteFile.YES;
    }
    if (v.isEmpty() || v.contains("://") || v.chars().anyMatch(Character::isWhitespace)) {
      return SqliteFile.NO;
    }
    if (envPaths.sqliteSuffixes().stream().anyMatch(v::endsWith)) {
      return SqliteFile.YES;
    }
    boolean path = v.contains("/") || v.contains("\\");
    if (path && words.contains("sqlite") && !sqliteValues.contains(v)) {
      return SqliteFile.YES;
    }
    return envPaths.probableSuffixes().stream().anyMatch(v::endsWith)
        ? SqliteFile.PROBABLY
        : SqliteFile.NO;
  }

  /**
   * Whether an environment-style setting of an app outside the knowledge base chooses SQLite: a key
   * ending in one of {@link #envKeyEndings} ({@code SHOP_DB_TYPE=sqlite}).
   */
  public boolean envChoosesSqlite(String key, String value) {
    if (value == null || !sqliteValues.contains(value.trim().toLowerCase(Locale.ROOT))) {
      return false;
    }
    String k = key.toLowerCase(Locale.ROOT);
    return envKeyEndings.stream().anyMatch(e -> k.equals(e) || k.endsWith("_" + e));
  }

  /** Whether {@code key: value} chooses SQLite. */
  public boolean choosesSqlite(String key, String value) {
    return value != null
        && keys.contains(key.toLowerCase(Locale.ROOT))
        && sqliteValues.contains(value.toLowerCase(Locale.ROOT));
  }
}
