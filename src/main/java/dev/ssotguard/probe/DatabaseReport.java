package dev.ssotguard.probe;

import java.util.List;

/**
 * What a read-only session with a database showed. Holds no credential.
 *
 * @param engine "postgresql", "mysql" or "mariadb"
 * @param tls the negotiated protocol ("TLSv1.3"), "off", or "unknown"
 * @param providerHints what suggests a provider (Supabase roles and schemas, DigitalOcean's
 *     doadmin)
 * @param eventScheduler MySQL/MariaDB {@code @@event_scheduler}, or null for PostgreSQL
 */
public record DatabaseReport(
    String engine,
    String version,
    String tls,
    String user,
    String database,
    List<String> providerHints,
    List<Fingerprint> fingerprints,
    List<LiveRoutine> routines,
    String eventScheduler) {
  public DatabaseReport {
    providerHints = List.copyOf(providerHints);
    fingerprints = List.copyOf(fingerprints);
    routines = List.copyOf(routines);
  }

  /** A tool's metadata tables found in one schema. */
  public record Fingerprint(String tool, String schema, List<String> tables) {
    public Fingerprint {
      tables = List.copyOf(tables);
    }
  }

  /** A stored PROCEDURE, FUNCTION, TRIGGER or EVENT outside the system schemas. */
  public record LiveRoutine(String schema, String kind, String name) {}
}
