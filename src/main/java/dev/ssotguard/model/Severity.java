package dev.ssotguard.model;

import java.util.Locale;

/** How serious a finding is; the order is from most to least serious. */
public enum Severity {
  ERROR(0, "error", "8.0"),
  WARNING(1, "warning", "5.0"),
  NOTE(2, "note", "2.0");

  private final int rank;
  private final String sarifLevel;
  private final String securitySeverity;

  Severity(int rank, String sarifLevel, String securitySeverity) {
    this.rank = rank;
    this.sarifLevel = sarifLevel;
    this.securitySeverity = securitySeverity;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String sarifLevel() {
    return sarifLevel;
  }

  /** GitHub code scanning reads this string property to rank security results. */
  public String securitySeverity() {
    return securitySeverity;
  }

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return rank <= threshold.rank;
  }
}
