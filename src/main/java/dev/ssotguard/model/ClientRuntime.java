package dev.ssotguard.model;

/**
 * Where a client runs, as far as the repository shows it, and whether it reaches IPv6.
 *
 * @param id the runtime's id in knowledge/runtimes.yaml ("github-hosted", "vercel", ...), or
 *     "unknown" when the repository does not show where the client runs
 * @param assumed the IPv6 fact is an assumption (DOMAIN.md marks it uncertain)
 * @param declaredAt what shows the runtime (a runs-on line, a vercel.json), or null
 */
public record ClientRuntime(
    String id, String name, Ipv6 ipv6, boolean assumed, Location declaredAt) {
  /** Whether the runtime can open connections to IPv6-only hosts. */
  public enum Ipv6 {
    YES,
    NO,
    UNKNOWN
  }

  public static final ClientRuntime UNKNOWN =
      new ClientRuntime("unknown", "unknown runtime", Ipv6.UNKNOWN, false, null);

  public boolean known() {
    return !id.equals("unknown");
  }
}
