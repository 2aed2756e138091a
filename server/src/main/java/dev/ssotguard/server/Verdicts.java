package dev.ssotguard.server;

/** Severities as verdicts of a connection: the worst finding at its line, or ok. */
final class Verdicts {
  static final String OK = "ok";

  private Verdicts() {}

  /** note 1, warning 2, error 3 (anything else 0). */
  static int rank(String severity) {
    return switch (severity) {
      case "error" -> 3;
      case "warning" -> 2;
      case "note" -> 1;
      default -> 0;
    };
  }

  static String worse(String a, String b) {
    return rank(a) >= rank(b) ? a : b;
  }
}
