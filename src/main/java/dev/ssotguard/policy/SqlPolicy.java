package dev.ssotguard.policy;

import dev.ssotguard.model.Location;
import java.util.List;

/**
 * Where SQL may live (policy §6): allowed places (globs from the scan root), exception prefixes,
 * and whether migration versions must be the Supabase CLI's 14-digit timestamps.
 *
 * @param declaredAt where the policy file states this, or null for the built-in default
 */
public record SqlPolicy(
    Policy.Paths allowed, List<String> exceptions, boolean timestampVersions, Location declaredAt) {
  /**
   * The Supabase CLI's places (migrations, seed folders and its default seed file), at the root or
   * in a project folder of a monorepo (the CLI's {@code --workdir}), as the migration rules read
   * them.
   */
  public static final List<String> DEFAULT_ALLOWED =
      List.of(
          "supabase/migrations/**",
          "supabase/seed/**",
          "supabase/seeds/**",
          "supabase/seed.sql",
          "**/supabase/migrations/**",
          "**/supabase/seed/**",
          "**/supabase/seeds/**",
          "**/supabase/seed.sql");

  public SqlPolicy {
    exceptions = List.copyOf(exceptions);
  }

  public static SqlPolicy builtin() {
    return new SqlPolicy(new Policy.Paths(DEFAULT_ALLOWED), List.of(), false, null);
  }

  public boolean allows(String path) {
    return allowed.matches(path) || exceptions.stream().anyMatch(path::startsWith);
  }
}
