package dev.ssotguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

/** The properties every fuzz target checks besides "no crash": bounded time and positions. */
public final class Bounded {
  /** Per input: generous for a cold JVM, far below the seconds a super-linear path takes. */
  public static final Duration TIME = Duration.ofSeconds(3);

  private Bounded() {}

  /** Runs the work and fails when it took longer than {@link #TIME}. */
  public static void timed(String what, Runnable work) {
    timed(what, TIME, work);
  }

  /** Runs the work and fails when it took longer than {@code limit}. */
  public static void timed(String what, Duration limit, Runnable work) {
    long start = System.nanoTime();
    work.run();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as(what).isLessThan(limit);
  }

  /** A 1-based line inside a text of this many lines (a position after the last newline counts). */
  public static void lineInside(int line, String text) {
    long lines = text.chars().filter(c -> c == '\n').count() + 1;
    assertThat(line).isBetween(1, (int) lines);
  }

  /**
   * The same for YAML, whose line breaks are also a lone CR, NEL, U+2028 and U+2029 (a CR LF pair
   * is one).
   */
  public static void yamlLineInside(int line, String text) {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        lines++;
      } else if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        lines++;
      }
    }
    assertThat(line).isBetween(1, lines);
  }

  private static final String SAFE = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  /**
   * A password-like token of {@code min} to {@code max} letters and digits the parsers never treat
   * specially, so a target can plant it and look for it in every output.
   */
  public static String token(
      com.code_intelligence.jazzer.api.FuzzedDataProvider data, int min, int max) {
    int length = data.consumeInt(min, max);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(SAFE.charAt(data.consumeInt(0, SAFE.length() - 1)));
    }
    return sb.toString();
  }
}
