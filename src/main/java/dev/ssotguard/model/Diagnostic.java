package dev.ssotguard.model;

/**
 * Something that stopped a file (or a rule) from being read fully; reported as SSOT000.
 *
 * @param internal true for a crash of ssot-guard itself (exit code 3), false for bad input
 */
public record Diagnostic(Location location, String message, boolean internal) {
  public static Diagnostic badInput(Location location, String message) {
    return new Diagnostic(location, message, false);
  }
}
