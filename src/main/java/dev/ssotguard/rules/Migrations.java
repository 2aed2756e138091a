package dev.ssotguard.rules;

import dev.ssotguard.model.SqlFile;

/** What the Supabase CLI considers a migration and its version. */
final class Migrations {
  private Migrations() {}

  /** A file directly inside a {@code supabase/migrations/} folder (at any depth of the tree). */
  static boolean isMigration(SqlFile f) {
    String dir = f.directory();
    return dir.equals("supabase/migrations") || dir.endsWith("/supabase/migrations");
  }

  private static final java.util.regex.Pattern APPLIED =
      java.util.regex.Pattern.compile("[0-9]+_.*\\.sql");

  /** Whether the Supabase CLI applies a file of this name ({@code <version>_<name>.sql}). */
  static boolean appliedByCli(String name) {
    return APPLIED.matcher(name).matches();
  }

  /** The digits before the first '_', or null when the name has none. */
  static String version(String name) {
    int underscore = name.indexOf('_');
    if (underscore <= 0) {
      return null;
    }
    String v = name.substring(0, underscore);
    return v.chars().allMatch(Character::isDigit) ? v : null;
  }

  static String suggestion(String name) {
    String base =
        name.replaceAll("(?i)\\.sql$", "")
            .replaceAll("[^A-Za-z0-9]+", "_")
            .replaceAll("^_+|_+$", "");
    return "20260101000000_"
        + (base.isEmpty() ? "migration" : base.toLowerCase(java.util.Locale.ROOT))
        + ".sql";
  }
}
