package dev.ssotguard.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

/** Prints how long each phase of a scan took, to standard error, when SSOT_TIMING is set. */
final class PhaseTimer {
  private final boolean enabled;
  private final PrintWriter err;
  private long last = System.nanoTime();

  PhaseTimer(boolean enabled, PrintWriter err) {
    this.enabled = enabled;
    this.err = err;
    if (enabled) {
      // The first line is the JVM's own start-up and command-line parsing, up to this point.
      ProcessHandle.current()
          .info()
          .startInstant()
          .ifPresent(start -> print("start-up", Duration.between(start, Instant.now()).toMillis()));
    }
  }

  /** From env: {@code SSOT_TIMING} set turns it on. */
  static PhaseTimer fromEnvironment(PrintWriter err) {
    return new PhaseTimer(System.getenv("SSOT_TIMING") != null, err);
  }

  void lap(String phase) {
    long now = System.nanoTime();
    if (enabled) {
      print(phase, (now - last) / 1_000_000);
    }
    last = now;
  }

  private void print(String phase, long millis) {
    err.printf("ssot: %-32s %6d ms%n", phase, millis);
    err.flush();
  }
}
