package dev.ssotguard.policy;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.model.Location;
import java.time.LocalDate;

/** The policy's word on non-SSOT datastores (§1 corollary, §2). */
public final class DatastorePolicy {
  private DatastorePolicy() {}

  /** A role for a datastore: by engine, or by name (compose service, cluster, host). */
  public record Role(Engine engine, String datastore, String role, Location location) {
    public boolean covers(Engine e, String name) {
      return (engine != null && engine == e)
          || (datastore != null && datastore.equalsIgnoreCase(name));
    }
  }

  /** An approved migration plan away from MySQL. {@code targetDate} is null when unreadable. */
  public record MigrationPlan(
      String reference, String approver, LocalDate targetDate, String targetText) {}

  /**
   * A permitted MySQL/MariaDB use (§2): which datastore (by name or by the paths that use it), its
   * purpose, and for legacy tools the documented constraint and plan, for repro the end date.
   */
  public record MysqlUse(
      String datastore,
      Policy.Paths paths,
      String purpose,
      String constraint,
      MigrationPlan plan,
      LocalDate ends,
      String endsText,
      Location location) {
    public boolean covers(String name, String path) {
      return (datastore != null && datastore.equalsIgnoreCase(name))
          || (paths != null && paths.matches(path));
    }
  }
}
