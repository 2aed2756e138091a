package dev.ssotguard.model;

/** Something that stopped a file from being read fully; reported as SSOT000. */
public record Diagnostic(Location location, String message) {
  public static Diagnostic badInput(Location location, String message) {
    return new Diagnostic(location, message);
  }
}
