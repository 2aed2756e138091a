package dev.ssotguard.model;

import java.util.List;

/**
 * One break of the policy, ready to report. Messages are built from redacted parts only.
 *
 * @param message what is wrong, with the fix after it
 * @param fingerprint stable across line moves: rule, file and a key naming the thing judged
 * @param suppression why the finding is not counted, or null
 * @param fix the fix as the rule said it apart, the end of {@code message}; null when the rule says
 *     it within the message
 */
public record Finding(
    String ruleId,
    String ruleName,
    Severity severity,
    String message,
    Location location,
    List<Related> related,
    String fingerprint,
    Suppression suppression,
    String fix) {
  public Finding {
    related = List.copyOf(related);
    if (fix != null && !message.endsWith(fix)) {
      fix = null;
    }
  }

  public Finding(
      String ruleId,
      String ruleName,
      Severity severity,
      String message,
      Location location,
      List<Related> related,
      String fingerprint,
      Suppression suppression) {
    this(ruleId, ruleName, severity, message, location, related, fingerprint, suppression, null);
  }

  /** What is wrong, without the fix when the rule said the fix apart. */
  public String problem() {
    return fix == null ? message : message.substring(0, message.length() - fix.length()).strip();
  }

  public Finding(
      String ruleId,
      String ruleName,
      Severity severity,
      String message,
      Location location,
      List<Related> related,
      String fingerprint) {
    this(ruleId, ruleName, severity, message, location, related, fingerprint, null);
  }

  /** Whether it is a diagnostic (a file not read fully, a rule failed), not a policy break. */
  public boolean isDiagnostic() {
    return ruleId.equals(Diagnostic.RULE_ID);
  }

  public boolean suppressed() {
    return suppression != null;
  }

  public Finding withSuppression(Suppression s) {
    return new Finding(ruleId, ruleName, severity, message, location, related, fingerprint, s, fix);
  }

  public Finding withMessage(String m) {
    return new Finding(
        ruleId, ruleName, severity, m, location, related, fingerprint, suppression, fix);
  }
}
