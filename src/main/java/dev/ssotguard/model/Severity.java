package dev.ssotguard.model;

import java.util.Locale;

/** How serious a finding is; the order is from most to least serious. */
public enum Severity {
  ERROR(0, "error"),
  WARNING(1, "warning"),
  NOTE(2, "note");

  private final int rank;
  private final String sarifLevel;

  Severity(int rank, String sarifLevel) {
    this.rank = rank;
    this.sarifLevel = sarifLevel;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String sarifLevel() {
    return sarifLevel;
  }

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return rank <= threshold.rank;
  }
}
