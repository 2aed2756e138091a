package dev.ssotguard.server;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the pages and the JSON API show: one record per table row, one per page. */
public final class Views {
  private Views() {}

  /** Counts of one rule's unsuppressed findings. */
  public record RuleCount(String rule, int errors, int warnings, int notes) {}

  /** One repository on the overview: its latest scan and the rules that fire there. */
  public record RepositoryRow(
      String owner,
      String name,
      Instant scannedAt,
      String branch,
      String commit,
      int errors,
      int warnings,
      int notes,
      List<RuleCount> rules) {
    public String slug() {
      return owner + "/" + name;
    }
  }

  /** One rule's unsuppressed findings in one repository's latest scan. */
  public record RepositoryCount(String owner, String name, int errors, int warnings, int notes) {}

  /** One rule across the organisation's latest scans. */
  public record RuleTotal(String rule, String name, int repositories, int errors, int warnings) {}

  /** Errors and warnings of every repository's latest scan as of the end of a day. */
  public record TrendPoint(LocalDate day, int errors, int warnings) {}

  public record Overview(
      int repositories,
      int errors,
      int warnings,
      List<RepositoryRow> rows,
      List<RuleTotal> rules,
      List<TrendPoint> trend) {}

  /** One uploaded scan. */
  public record ScanRow(
      long id,
      String branch,
      String commit,
      Instant scannedAt,
      String toolVersion,
      int files,
      int errors,
      int warnings,
      int notes,
      int suppressed) {}

  /**
   * A finding of a latest scan.
   *
   * @param link the line on the forge, or null when the upload named no forge
   * @param suppression how it is suppressed (waiver, inline, baseline), or null
   */
  public record FindingRow(
      String owner,
      String name,
      String rule,
      String severity,
      String message,
      String path,
      int line,
      int column,
      String link,
      String suppression) {}

  public record RepositoryPage(
      String owner,
      String name,
      ScanRow latest,
      List<FindingRow> findings,
      boolean moreFindings,
      List<ScanRow> history) {}

  public record DatastoreRow(
      String owner,
      String name,
      String datastore,
      String engine,
      String provider,
      String endpoints,
      String path,
      int line,
      String link) {}

  public record ConnectionRow(
      String owner,
      String name,
      String client,
      String runtime,
      String ipv6,
      String datastore,
      String engine,
      String endpoint,
      String environment,
      String verdict,
      String path,
      int line,
      String link) {}

  /** The filter a page was asked for; null fields match everything. */
  public record Filter(String engine, String endpoint, String runtime, String verdict) {}

  /** The values each filter can take, from the latest scans. */
  public record Choices(
      List<String> engines, List<String> endpoints, List<String> runtimes, List<String> verdicts) {}

  public record InventoryPage(
      Filter filter, Choices choices, List<DatastoreRow> datastores, boolean more) {}

  public record MatrixPage(
      Filter filter, Choices choices, List<ConnectionRow> connections, boolean more) {}

  /**
   * A waiver or MySQL use with its date.
   *
   * @param status expired, soon (within 30 days), later, or undated
   */
  public record CommitmentRow(
      String owner,
      String name,
      String kind,
      String subject,
      String reason,
      String responsible,
      LocalDate expires,
      String expiresText,
      String status,
      String path,
      int line,
      String link) {}

  public record CommitmentsPage(LocalDate today, List<CommitmentRow> rows, int soon, int expired) {}

  public record RulePage(
      String rule,
      String name,
      String severity,
      String summary,
      List<RepositoryCount> byRepository,
      List<FindingRow> findings,
      boolean more) {}
}
