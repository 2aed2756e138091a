package dev.ssotguard.report;

/** Lets tests in other packages pass text through the report's last redaction boundary. */
public final class RedactionProbe {
  private RedactionProbe() {}

  public static String scrub(String message) {
    return Redaction.scrub(message);
  }
}
