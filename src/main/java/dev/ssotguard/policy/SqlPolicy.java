package dev.ssotguard.policy;

import dev.ssotguard.model.Location;
import java.util.List;

/**
 * Where SQL may live (policy §6): allowed places (globs from the scan root), exception prefixes,
 * and whether migration versions must be the Supabase CLI's 14-digit timestamps.
 *
 * @param builtinPlaces whether the allowed places are the built-in policy's (messages then describe
 *     them in words rather than list their globs)
 * @param declaredAt where the policy file states this, or null for the built-in default
 */
public record SqlPolicy(
    Policy.Paths allowed,
    List<String> exceptions,
    boolean timestampVersions,
    boolean builtinPlaces,
    Location declaredAt) {
  public SqlPolicy {
    exceptions = List.copyOf(exceptions);
  }

  public boolean allows(String path) {
    return allowed.matches(path) || exceptions.stream().anyMatch(path::startsWith);
  }
}
