package dev.ssotguard.model;

import java.util.Locale;

/** How serious a finding is; the order is from most to least serious. */
public enum Severity {
  ERROR("error", "8.0"),
  WARNING("warning", "5.0"),
  NOTE("note", "2.0");

  private final String sarifLevel;
  private final String securitySeverity;

  Severity(String sarifLevel, String securitySeverity) {
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
    return ordinal() <= threshold.ordinal();
  }
}
