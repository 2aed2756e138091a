package dev.ssotguard.model;

/**
 * Something that stopped the scan from reading a file fully, or a rule from finishing; the scan
 * went on. Reported under {@link #RULE_ID}, never counted as a policy break.
 */
public record Diagnostic(Location location, String message) implements Fact {
  /** The rule ID every diagnostic is reported under (a public contract, see RULES.md). */
  public static final String RULE_ID = "SSOT000";

  /** A file that could not be read or parsed fully. */
  public static Diagnostic badInput(Location location, String message) {
    return new Diagnostic(location, message);
  }

  /** A rule that failed: its findings are missing from the report. */
  public static Diagnostic ruleFailure(String ruleId, Throwable failure) {
    return new Diagnostic(
        Location.fileStart("."),
        "internal error in rule "
            + ruleId
            + " ("
            + failure.getClass().getSimpleName()
            + "); its findings are missing from this report");
  }
}
