package dev.ssotguard.knowledge;

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
 */
public record EngineSettings(
    Set<String> keys, Set<String> sqliteValues, Set<String> envKeyEndings) {
  public EngineSettings {
    keys = Set.copyOf(keys);
    sqliteValues = Set.copyOf(sqliteValues);
    envKeyEndings = Set.copyOf(envKeyEndings);
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
