package dev.ssotguard.probe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tells a tool's metadata from its tables (DOMAIN.md): Superset (ab_user, dbs, slices), n8n
 * (workflow_entity and execution_entity under one table prefix) and Odoo (ir_module_module).
 */
final class Fingerprints {
  private static final Set<String> SUPERSET = Set.of("ab_user", "dbs", "slices");

  private Fingerprints() {}

  /** The table names a probe asks for, as SQL LIKE patterns. */
  static final List<String> PATTERNS =
      List.of(
          "ab_user", "dbs", "slices", "%workflow_entity", "%execution_entity", "ir_module_module");

  /**
   * The fingerprints in the schemas that satisfy {@code schemaCondition} (an SQL fragment after
   * {@code table_schema}, a constant of the probe, never user input). SELECT only.
   */
  static List<DatabaseReport.Fingerprint> find(Connection c, String schemaCondition)
      throws SQLException {
    Map<String, Set<String>> bySchema = new HashMap<>();
    StringBuilder sql =
        new StringBuilder(
            "select table_schema, table_name from information_schema.tables where table_schema "
                + schemaCondition
                + " and (");
    for (int i = 0; i < PATTERNS.size(); i++) {
      sql.append(i == 0 ? "" : " or ").append("table_name like ?");
    }
    sql.append(')');
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < PATTERNS.size(); i++) {
        s.setString(i + 1, PATTERNS.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          bySchema.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(2));
        }
      }
    }
    return of(bySchema);
  }

  /**
   * @param tables schema → table names in it (only those matching {@link #PATTERNS} are needed)
   */
  static List<DatabaseReport.Fingerprint> of(Map<String, Set<String>> tables) {
    List<DatabaseReport.Fingerprint> found = new ArrayList<>();
    for (Map.Entry<String, Set<String>> schema : new TreeMap<>(tables).entrySet()) {
      Set<String> names = new TreeSet<>();
      schema.getValue().forEach(t -> names.add(t.toLowerCase(Locale.ROOT)));
      if (names.containsAll(SUPERSET)) {
        found.add(
            new DatabaseReport.Fingerprint(
                "superset", schema.getKey(), List.copyOf(SUPERSET.stream().sorted().toList())));
      }
      for (String t : names) {
        if (t.endsWith("workflow_entity")) {
          String prefix = t.substring(0, t.length() - "workflow_entity".length());
          if (names.contains(prefix + "execution_entity")) {
            found.add(
                new DatabaseReport.Fingerprint(
                    "n8n", schema.getKey(), List.of(t, prefix + "execution_entity")));
          }
        }
      }
      if (names.contains("ir_module_module")) {
        found.add(
            new DatabaseReport.Fingerprint("odoo", schema.getKey(), List.of("ir_module_module")));
      }
    }
    return found;
  }
}
