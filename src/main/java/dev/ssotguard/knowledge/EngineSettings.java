package dev.ssotguard.knowledge;

import java.util.Locale;
import java.util.Set;

/**
 * Settings that choose a database engine by name in app configs ({@code adapter}, {@code client},
 * {@code dialect}, ...), and the values that mean SQLite (knowledge/datastores.yaml).
 *
 * @param keys lower case
 * @param sqliteValues lower case
 */
public record EngineSettings(Set<String> keys, Set<String> sqliteValues) {
  public EngineSettings {
    keys = Set.copyOf(keys);
    sqliteValues = Set.copyOf(sqliteValues);
  }

  /** Whether {@code key: value} chooses SQLite. */
  public boolean choosesSqlite(String key, String value) {
    return value != null
        && keys.contains(key.toLowerCase(Locale.ROOT))
        && sqliteValues.contains(value.toLowerCase(Locale.ROOT));
  }
}
