package dev.ssotguard.model;

import java.util.List;

/**
 * One break of the policy, ready to report. Messages are built from redacted parts only.
 *
 * @param fingerprint stable across line moves: rule, file and a key naming the thing judged
 */
public record Finding(
    String ruleId,
    String ruleName,
    Severity severity,
    String message,
    Location location,
    List<Related> related,
    String fingerprint) {
  public Finding {
    related = List.copyOf(related);
  }
}
