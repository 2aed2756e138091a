package dev.ssotguard.cli;

import java.io.PrintWriter;

/** Prints how long each phase of a scan took, to standard error, when SSOT_TIMING is set. */
final class PhaseTimer {
  private final boolean enabled;
  private final PrintWriter err;
  private long last = System.nanoTime();

  PhaseTimer(boolean enabled, PrintWriter err) {
    this.enabled = enabled;
    this.err = err;
  }

  static PhaseTimer fromEnvironment(PrintWriter err) {
    return new PhaseTimer(System.getenv("SSOT_TIMING") != null, err);
  }

  void lap(String phase) {
    long now = System.nanoTime();
    if (enabled) {
      err.printf("ssot: %-40s %6d ms%n", phase, (now - last) / 1_000_000);
      err.flush();
    }
    last = now;
  }
}
