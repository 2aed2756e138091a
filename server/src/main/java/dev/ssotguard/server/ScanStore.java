package dev.ssotguard.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Writes an upload as one transaction: the repository, the scan and all its rows commit together or
 * not at all, so a server killed mid-upload leaves no partial scan. The same report of the same
 * commit uploaded twice, even at once, is one scan (a unique key, not a check-then-insert).
 */
public final class ScanStore {
  /** " :25060" at the end of "DO managed :25060": the port, not the class of endpoint. */
  private static final Pattern ENDPOINT_PORT = Pattern.compile("\\s*:[0-9]{1,5}$");

  private final DataSource source;

  public ScanStore(DataSource source) {
    this.source = source;
  }

  /** What an upload became: its scan, and whether that scan was already there. */
  public record Stored(long scanId, boolean duplicate) {}

  public Stored store(Upload u) throws SQLException {
    try (Connection c = source.getConnection()) {
      c.setAutoCommit(false);
      try {
        Stored s = write(c, u);
        c.commit();
        return s;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private static Stored write(Connection c, Upload u) throws SQLException {
    long repository = repository(c, u);
    JsonNode summary = u.report().get("summary");
    Long scan;
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO scans (repository_id, branch, commit_sha, scanned_at, tool_version,"
                + " report_digest, files, errors, warnings, notes, suppressed, blob_base)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (repository_id, commit_sha, report_digest) DO NOTHING RETURNING id")) {
      s.setLong(1, repository);
      s.setString(2, u.branch());
      s.setString(3, u.commit());
      s.setTimestamp(4, Timestamp.from(u.scannedAt()));
      s.setString(5, u.toolVersion());
      s.setString(6, u.digest());
      s.setInt(7, summary.get("files").asInt());
      s.setInt(8, summary.get("errors").asInt());
      s.setInt(9, summary.get("warnings").asInt());
      s.setInt(10, summary.get("notes").asInt());
      s.setInt(11, summary.get("suppressed").asInt());
      s.setString(12, u.blobBase());
      try (ResultSet r = s.executeQuery()) {
        scan = r.next() ? r.getLong(1) : null;
      }
    }
    if (scan == null) {
      return new Stored(existing(c, repository, u), true);
    }
    Map<String, String> worstAt = findings(c, scan, u.report().get("findings"));
    if (u.inventory() != null) {
      datastores(c, scan, u.inventory().get("datastores"));
      connections(c, scan, u.inventory().get("connections"), worstAt);
      commitments(c, scan, u.inventory().get("commitments"));
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE repositories r SET latest_scan_id = ? WHERE id = ? AND (latest_scan_id IS NULL"
                + " OR (SELECT (l.scanned_at, l.id) FROM scans l WHERE l.id = r.latest_scan_id)"
                + " < (?::timestamptz, ?::bigint))")) {
      s.setLong(1, scan);
      s.setLong(2, repository);
      s.setTimestamp(3, Timestamp.from(u.scannedAt()));
      s.setLong(4, scan);
      s.executeUpdate();
    }
    return new Stored(scan, false);
  }

  /**
   * The repository's row, created on its first upload. The upsert locks the row until commit, so
   * uploads of one repository take turns while other repositories' uploads run alongside.
   */
  private static long repository(Connection c, Upload u) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO repositories (owner, name) VALUES (?, ?)"
                + " ON CONFLICT (owner, name) DO UPDATE SET name = EXCLUDED.name RETURNING id")) {
      s.setString(1, u.owner());
      s.setString(2, u.name());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static long existing(Connection c, long repository, Upload u) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id FROM scans WHERE repository_id = ? AND commit_sha = ? AND report_digest = ?")) {
      s.setLong(1, repository);
      s.setString(2, u.commit());
      s.setString(3, u.digest());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /**
   * Stores the findings and their per-rule counts; returns the worst unsuppressed severity per
   * path:line, counting each finding at its own line and at its related places.
   */
  private static Map<String, String> findings(Connection c, long scan, JsonNode findings)
      throws SQLException {
    Map<String, String> worstAt = new HashMap<>();
    Map<String, int[]> counts = new TreeMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO findings (scan_id, ordinal, rule_id, severity, message, path, line, col,"
                + " fingerprint, suppression) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (JsonNode f : findings) {
        String severity = f.get("severity").asText();
        JsonNode suppression = f.get("suppression");
        s.setLong(1, scan);
        s.setInt(2, ordinal++);
        s.setString(3, f.get("rule").asText());
        s.setString(4, severity);
        s.setString(5, f.get("message").asText());
        s.setString(6, f.get("path").asText());
        s.setInt(7, f.get("line").asInt());
        s.setInt(8, f.get("column").asInt());
        s.setString(9, f.get("fingerprint").asText());
        if (suppression == null) {
          s.setNull(10, Types.VARCHAR);
          int[] n = counts.computeIfAbsent(f.get("rule").asText(), k -> new int[3]);
          n[Verdicts.rank(severity) - 1]++;
          worstAt.merge(
              f.get("path").asText() + ":" + f.get("line").asInt(), severity, Verdicts::worse);
          // a finding reported at a setting names the connection's line among its related places
          for (JsonNode r : f.path("related")) {
            worstAt.merge(
                r.get("path").asText() + ":" + r.get("line").asInt(), severity, Verdicts::worse);
          }
        } else {
          s.setString(10, suppression.get("kind").asText());
        }
        s.addBatch();
      }
      s.executeBatch();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO scan_rule_counts (scan_id, rule_id, errors, warnings, notes)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (Map.Entry<String, int[]> e : counts.entrySet()) {
        s.setLong(1, scan);
        s.setString(2, e.getKey());
        s.setInt(3, e.getValue()[2]);
        s.setInt(4, e.getValue()[1]);
        s.setInt(5, e.getValue()[0]);
        s.addBatch();
      }
      s.executeBatch();
    }
    return worstAt;
  }

  private static void datastores(Connection c, long scan, JsonNode stores) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO datastores (scan_id, ordinal, datastore, engine, provider, endpoints,"
                + " path, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (JsonNode d : stores) {
        s.setLong(1, scan);
        s.setInt(2, ordinal++);
        s.setString(3, d.get("id").asText());
        s.setString(4, d.get("engine").asText());
        s.setString(5, d.get("provider").asText());
        s.setString(6, d.get("endpoints").asText());
        s.setString(7, d.get("declaredAt").get("path").asText());
        s.setInt(8, d.get("declaredAt").get("line").asInt());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void connections(
      Connection c, long scan, JsonNode links, Map<String, String> worstAt) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO connections (scan_id, ordinal, client, runtime, ipv6, datastore, engine,"
                + " endpoint, environment, verdict, path, line, endpoint_class)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (JsonNode l : links) {
        JsonNode at = l.get("location");
        String path = at.get("path").asText();
        int line = at.get("line").asInt();
        s.setLong(1, scan);
        s.setInt(2, ordinal++);
        s.setString(3, l.get("client").asText());
        s.setString(4, l.get("runtime").asText());
        s.setString(5, l.get("ipv6").asText());
        s.setString(6, l.get("datastore").asText());
        s.setString(7, l.get("engine").asText());
        s.setString(8, l.get("endpoint").asText());
        s.setString(9, l.get("environment").asText());
        s.setString(10, worstAt.getOrDefault(path + ":" + line, Verdicts.OK));
        s.setString(11, path);
        s.setInt(12, line);
        s.setString(13, ENDPOINT_PORT.matcher(l.get("endpoint").asText()).replaceFirst(""));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void commitments(Connection c, long scan, JsonNode promised) throws SQLException {
    if (promised == null) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO commitments (scan_id, ordinal, kind, subject, reason, owner, expires,"
                + " expires_text, path, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (JsonNode p : promised) {
        JsonNode at = p.get("location");
        s.setLong(1, scan);
        s.setInt(2, ordinal++);
        s.setString(3, p.get("kind").asText().toLowerCase(Locale.ROOT));
        s.setString(4, p.get("subject").asText());
        s.setString(5, p.get("reason").asText());
        s.setString(6, p.hasNonNull("owner") ? p.get("owner").asText() : null);
        s.setDate(7, date(p.get("expires")));
        s.setString(8, p.hasNonNull("expiresText") ? p.get("expiresText").asText() : null);
        s.setString(9, at == null ? "ssot-policy.yaml" : at.get("path").asText());
        s.setInt(10, at == null ? 1 : at.get("line").asInt());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static Date date(JsonNode n) {
    if (n == null || !n.isTextual()) {
      return null;
    }
    try {
      return Date.valueOf(LocalDate.parse(n.asText()));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
