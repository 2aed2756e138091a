package dev.ssotguard.server;

import dev.ssotguard.report.Display;
import dev.ssotguard.rules.RuleInfo;
import dev.ssotguard.rules.RuleRegistry;
import dev.ssotguard.server.Views.Choices;
import dev.ssotguard.server.Views.CommitmentRow;
import dev.ssotguard.server.Views.CommitmentsPage;
import dev.ssotguard.server.Views.ConnectionRow;
import dev.ssotguard.server.Views.DatastoreRow;
import dev.ssotguard.server.Views.Filter;
import dev.ssotguard.server.Views.FindingRow;
import dev.ssotguard.server.Views.InventoryPage;
import dev.ssotguard.server.Views.MatrixPage;
import dev.ssotguard.server.Views.Overview;
import dev.ssotguard.server.Views.RepositoryCount;
import dev.ssotguard.server.Views.RepositoryPage;
import dev.ssotguard.server.Views.RepositoryRow;
import dev.ssotguard.server.Views.RuleCount;
import dev.ssotguard.server.Views.RulePage;
import dev.ssotguard.server.Views.RuleTotal;
import dev.ssotguard.server.Views.ScanRow;
import dev.ssotguard.server.Views.TrendPoint;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The organisation's view, read from every repository's latest scan ({@code latest_scan_id}). Each
 * page is a few indexed queries with a row limit, whatever the number of scans kept.
 */
public final class ReadModel {
  /** A repository's latest scan, joined once per query. */
  private static final String LATEST =
      " FROM repositories r JOIN scans s ON s.id = r.latest_scan_id ";

  private final Sql sql;
  private final RuleRegistry rules = new RuleRegistry();

  public ReadModel(DataSource source) {
    this.sql = new Sql(source);
  }

  public Overview overview(LocalDate today) throws SQLException {
    Map<String, List<RuleCount>> byRepository = new HashMap<>();
    sql.list(
        "SELECT r.owner, r.name, c.rule_id, c.errors, c.warnings, c.notes"
            + " FROM repositories r JOIN scan_rule_counts c ON c.scan_id = r.latest_scan_id"
            + " ORDER BY c.errors DESC, c.warnings DESC, c.rule_id",
        r -> {
          byRepository
              .computeIfAbsent(text(r, 1) + "/" + text(r, 2), k -> new ArrayList<>())
              .add(new RuleCount(text(r, 3), r.getInt(4), r.getInt(5), r.getInt(6)));
          return null;
        });
    List<RepositoryRow> rows =
        sql.list(
            "SELECT r.owner, r.name, s.scanned_at, s.branch, s.commit_sha, s.errors, s.warnings,"
                + " s.notes"
                + LATEST
                + "ORDER BY s.errors DESC, s.warnings DESC, r.owner, r.name",
            r ->
                new RepositoryRow(
                    text(r, 1),
                    text(r, 2),
                    instant(r, 3),
                    text(r, 4),
                    text(r, 5),
                    r.getInt(6),
                    r.getInt(7),
                    r.getInt(8),
                    byRepository.getOrDefault(text(r, 1) + "/" + text(r, 2), List.of())));
    List<RuleTotal> totals =
        sql.list(
            "SELECT c.rule_id, count(*), sum(c.errors), sum(c.warnings)"
                + " FROM repositories r JOIN scan_rule_counts c ON c.scan_id = r.latest_scan_id"
                + " GROUP BY c.rule_id ORDER BY sum(c.errors) DESC, sum(c.warnings) DESC, c.rule_id",
            r ->
                new RuleTotal(
                    text(r, 1), ruleName(text(r, 1)), r.getInt(2), r.getInt(3), r.getInt(4)));
    int errors = rows.stream().mapToInt(RepositoryRow::errors).sum();
    int warnings = rows.stream().mapToInt(RepositoryRow::warnings).sum();
    return new Overview(rows.size(), errors, warnings, rows, totals, trend(today));
  }

  /**
   * Per day of the last 30, the errors and warnings of each repository's last scan up to that day's
   * end: the organisation's state as it was, not the uploads of the day.
   */
  private List<TrendPoint> trend(LocalDate today) throws SQLException {
    return sql.list(
        "SELECT d.day::date, coalesce(sum(x.errors), 0), coalesce(sum(x.warnings), 0)"
            + " FROM generate_series(?::date - 29, ?::date, interval '1 day') AS d(day)"
            + " LEFT JOIN LATERAL (SELECT s.errors, s.warnings FROM repositories r"
            + "   CROSS JOIN LATERAL (SELECT errors, warnings FROM scans"
            + "     WHERE repository_id = r.id AND scanned_at < d.day + interval '1 day'"
            + "     ORDER BY scanned_at DESC, id DESC LIMIT 1) s) x ON true"
            + " GROUP BY d.day ORDER BY d.day",
        r -> new TrendPoint(r.getObject(1, LocalDate.class), r.getInt(2), r.getInt(3)),
        Date.valueOf(today),
        Date.valueOf(today));
  }

  public Optional<RepositoryPage> repository(String owner, String name) throws SQLException {
    List<ScanRow> history = history(owner, name);
    if (history.isEmpty()) {
      return Optional.empty();
    }
    List<FindingRow> findings =
        findings(
            "SELECT r.owner, r.name, f.rule_id, f.severity, f.message, f.path, f.line, f.col,"
                + " s.blob_base, f.suppression"
                + LATEST
                + "JOIN findings f ON f.scan_id = s.id WHERE r.owner = ? AND r.name = ?"
                + " ORDER BY f.ordinal LIMIT ?",
            owner,
            name,
            Sql.PAGE_ROWS + 1);
    // The history's first scan is the latest: latest_scan_id is the newest by (scanned_at, id),
    // the order the history is read in.
    return Optional.of(
        new RepositoryPage(
            owner,
            name,
            history.get(0),
            limit(findings),
            findings.size() > Sql.PAGE_ROWS,
            history));
  }

  public Optional<List<ScanRow>> scans(String owner, String name) throws SQLException {
    List<ScanRow> history = history(owner, name);
    return history.isEmpty() ? Optional.empty() : Optional.of(history);
  }

  /** A repository's last 100 scans, newest first (empty when it has none). */
  private List<ScanRow> history(String owner, String name) throws SQLException {
    return sql.list(
        "SELECT s.id, s.branch, s.commit_sha, s.scanned_at, s.tool_version, s.files, s.errors,"
            + " s.warnings, s.notes, s.suppressed FROM repositories r"
            + " JOIN scans s ON s.repository_id = r.id WHERE r.owner = ? AND r.name = ?"
            + " ORDER BY s.scanned_at DESC, s.id DESC LIMIT 100",
        ReadModel::scan,
        owner,
        name);
  }

  public InventoryPage inventory(Filter f) throws SQLException {
    List<DatastoreRow> rows =
        sql.list(
            "SELECT r.owner, r.name, d.datastore, d.engine, d.provider, d.endpoints, d.path,"
                + " d.line, s.blob_base"
                + LATEST
                + "JOIN datastores d ON d.scan_id = s.id"
                + " WHERE (?::text IS NULL OR d.engine = ?) AND (?::text IS NULL OR d.endpoints"
                + " LIKE '%' || ? || '%')"
                + " ORDER BY d.engine, r.owner, r.name, d.ordinal LIMIT ?",
            r ->
                new DatastoreRow(
                    text(r, 1),
                    text(r, 2),
                    text(r, 3),
                    text(r, 4),
                    text(r, 5),
                    text(r, 6),
                    text(r, 7),
                    r.getInt(8),
                    Links.line(r.getString(9), r.getString(7), r.getInt(8))),
            f.engine(),
            f.engine(),
            f.endpoint(),
            f.endpoint(),
            Sql.PAGE_ROWS + 1);
    return new InventoryPage(f, choices(), limit(rows), rows.size() > Sql.PAGE_ROWS);
  }

  public MatrixPage matrix(Filter f) throws SQLException {
    List<ConnectionRow> rows =
        sql.list(
            "SELECT r.owner, r.name, c.client, c.runtime, c.ipv6, c.datastore, c.engine,"
                + " c.endpoint, c.environment, c.verdict, c.path, c.line, s.blob_base"
                + LATEST
                + "JOIN connections c ON c.scan_id = s.id"
                + " WHERE (?::text IS NULL OR c.engine = ?) AND (?::text IS NULL OR c.endpoint_class = ?)"
                + " AND (?::text IS NULL OR c.runtime = ?) AND (?::text IS NULL OR c.verdict = ?)"
                + " ORDER BY r.owner, r.name, c.ordinal LIMIT ?",
            r ->
                new ConnectionRow(
                    text(r, 1),
                    text(r, 2),
                    text(r, 3),
                    text(r, 4),
                    text(r, 5),
                    text(r, 6),
                    text(r, 7),
                    text(r, 8),
                    text(r, 9),
                    text(r, 10),
                    text(r, 11),
                    r.getInt(12),
                    Links.line(r.getString(13), r.getString(11), r.getInt(12))),
            f.engine(),
            f.engine(),
            f.endpoint(),
            f.endpoint(),
            f.runtime(),
            f.runtime(),
            f.verdict(),
            f.verdict(),
            Sql.PAGE_ROWS + 1);
    return new MatrixPage(f, choices(), limit(rows), rows.size() > Sql.PAGE_ROWS);
  }

  private Choices choices() throws SQLException {
    return new Choices(
        distinct("c.engine"),
        distinct("c.endpoint_class"),
        distinct("c.runtime"),
        distinct("c.verdict"));
  }

  private List<String> distinct(String column) throws SQLException {
    // the column is one of four constants above, never a request value
    return sql.list(
        "SELECT DISTINCT "
            + column
            + LATEST
            + "JOIN connections c ON c.scan_id = s.id ORDER BY 1 LIMIT 200",
        r -> text(r, 1));
  }

  public CommitmentsPage commitments(LocalDate today) throws SQLException {
    List<CommitmentRow> rows =
        sql.list(
            "SELECT r.owner, r.name, c.kind, c.subject, c.reason, c.owner, c.expires,"
                + " c.expires_text, c.path, c.line, s.blob_base"
                + LATEST
                + "JOIN commitments c ON c.scan_id = s.id"
                + " ORDER BY c.expires NULLS LAST, r.owner, r.name, c.ordinal LIMIT ?",
            r -> commitment(r, today),
            Sql.PAGE_ROWS);
    int soon = (int) rows.stream().filter(c -> c.status().equals("soon")).count();
    int expired = (int) rows.stream().filter(c -> c.status().equals("expired")).count();
    return new CommitmentsPage(today, rows, soon, expired);
  }

  private static CommitmentRow commitment(ResultSet r, LocalDate today) throws SQLException {
    LocalDate expires = r.getObject(7, LocalDate.class);
    String status;
    if (expires == null) {
      status = "undated";
    } else if (expires.isBefore(today)) {
      status = "expired";
    } else if (!expires.isAfter(today.plusDays(30))) {
      status = "soon";
    } else {
      status = "later";
    }
    return new CommitmentRow(
        text(r, 1),
        text(r, 2),
        text(r, 3),
        text(r, 4),
        text(r, 5),
        text(r, 6),
        expires,
        text(r, 8),
        status,
        text(r, 9),
        r.getInt(10),
        Links.line(r.getString(11), r.getString(9), r.getInt(10)));
  }

  public Optional<RulePage> rule(String id) throws SQLException {
    Optional<RuleInfo> info = rules.info(id);
    if (info.isEmpty()) {
      return Optional.empty();
    }
    List<RepositoryCount> counts =
        sql.list(
            "SELECT r.owner, r.name, c.errors, c.warnings, c.notes"
                + " FROM repositories r JOIN scan_rule_counts c ON c.scan_id = r.latest_scan_id"
                + " WHERE c.rule_id = ? ORDER BY c.errors DESC, c.warnings DESC, r.owner, r.name",
            r -> new RepositoryCount(text(r, 1), text(r, 2), r.getInt(3), r.getInt(4), r.getInt(5)),
            id);
    List<FindingRow> findings =
        findings(
            "SELECT r.owner, r.name, f.rule_id, f.severity, f.message, f.path, f.line, f.col,"
                + " s.blob_base, f.suppression"
                + LATEST
                + "JOIN findings f ON f.scan_id = s.id AND f.rule_id = ?"
                + " ORDER BY r.owner, r.name, f.ordinal LIMIT ?",
            id,
            Sql.PAGE_ROWS + 1);
    RuleInfo i = info.get();
    return Optional.of(
        new RulePage(
            i.id(),
            i.name(),
            i.severity().name().toLowerCase(java.util.Locale.ROOT),
            i.summary(),
            counts,
            limit(findings),
            findings.size() > Sql.PAGE_ROWS));
  }

  private List<FindingRow> findings(String query, Object... params) throws SQLException {
    return sql.list(
        query,
        r ->
            new FindingRow(
                text(r, 1),
                text(r, 2),
                text(r, 3),
                text(r, 4),
                text(r, 5),
                text(r, 6),
                r.getInt(7),
                r.getInt(8),
                Links.line(r.getString(9), r.getString(6), r.getInt(7)),
                text(r, 10)),
        params);
  }

  private String ruleName(String id) {
    return rules.info(id).map(RuleInfo::name).orElse("");
  }

  private static ScanRow scan(ResultSet r) throws SQLException {
    return new ScanRow(
        r.getLong(1),
        text(r, 2),
        text(r, 3),
        instant(r, 4),
        text(r, 5),
        r.getInt(6),
        r.getInt(7),
        r.getInt(8),
        r.getInt(9),
        r.getInt(10));
  }

  /**
   * A text column as pages and the API show it: repository text with its control and bidi
   * characters escaped (a file name cannot reorder or hide what a page says).
   */
  private static String text(ResultSet r, int column) throws SQLException {
    return Display.escapeControls(r.getString(column));
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static <T> List<T> limit(List<T> rows) {
    return rows.size() > Sql.PAGE_ROWS ? rows.subList(0, Sql.PAGE_ROWS) : rows;
  }
}
