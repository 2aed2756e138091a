package dev.ssotguard.model;

/**
 * Why a finding is not counted: a policy waiver, an inline {@code ssot:ignore}, or a baseline.
 *
 * @param kind "waiver", "inline" or "baseline"
 * @param justification the reason given (waiver reason and owner, inline reason)
 */
public record Suppression(String kind, String justification) {
  /** SARIF's suppression kind: inline comments are in source, the rest external. */
  public String sarifKind() {
    return kind.equals("inline") ? "inSource" : "external";
  }
}
