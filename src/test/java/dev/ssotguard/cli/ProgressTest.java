package dev.ssotguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void showsCountsAfterTheDelayAndClearsTheLine() throws Exception {
    StringWriter out = new StringWriter();
    AtomicInteger done = new AtomicInteger(1234);
    try (Progress p = Progress.shown(new PrintWriter(out), done::get, 0)) {
      waitFor(out, "still walking");
      p.total(10_001);
      done.set(5_000);
      waitFor(out, "5,000 of 10,001 files read");
    }
    assertThat(out.toString()).contains("1,234 files read, still walking").endsWith("\r\u001b[K");
  }

  @Test
  void aScanShorterThanTheDelayPrintsNothing() {
    StringWriter out = new StringWriter();
    try (Progress p = Progress.shown(new PrintWriter(out), () -> 1, 60_000)) {
      p.total(5);
    }
    assertThat(out.toString()).isEmpty();
  }

  private static void waitFor(StringWriter out, String text) throws InterruptedException {
    for (int i = 0; i < 200 && !out.toString().contains(text); i++) {
      Thread.sleep(25);
    }
    assertThat(out.toString()).contains(text);
  }
}
