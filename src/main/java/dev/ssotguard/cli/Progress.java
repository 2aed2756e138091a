package dev.ssotguard.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * A progress line on standard error for scans that run longer than about two seconds, on a terminal
 * only (never in CI logs or pipes). It is rewritten in place and cleared when the scan is done, so
 * the report that follows starts on a clean line.
 */
final class Progress implements AutoCloseable {
  private static final long DELAY_MILLIS = 2_000;
  private static final long EVERY_MILLIS = 250;

  private final PrintWriter err;
  private volatile IntSupplier done;
  private final Thread thread;
  private volatile int total = -1;
  private volatile boolean stopped;
  private boolean printed;

  private Progress(PrintWriter err, IntSupplier done, long delayMillis, boolean show) {
    this.err = err;
    this.done = done;
    this.thread = show ? new Thread(() -> run(delayMillis), "ssot-progress") : null;
    if (thread != null) {
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** Shown on a terminal outside CI; counts nothing until {@link #start} says what to count. */
  static Progress onTerminal(PrintWriter err) {
    boolean show = Terminal.isTerminal() && System.getenv("CI") == null;
    return new Progress(err, () -> 0, DELAY_MILLIS, show);
  }

  /** Counts the files read from now on. */
  void start(IntSupplier filesRead) {
    done = filesRead;
  }

  /** For tests: always shown, after {@code delayMillis}. */
  static Progress shown(PrintWriter err, IntSupplier done, long delayMillis) {
    return new Progress(err, done, delayMillis, true);
  }

  /** How many files the scan reads, once the walk knows. */
  void total(int files) {
    total = files;
  }

  private void run(long delayMillis) {
    try {
      Thread.sleep(delayMillis);
      while (!stopped) {
        print();
        Thread.sleep(EVERY_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void print() {
    if (stopped) {
      return;
    }
    int t = total;
    String line =
        t < 0
            ? String.format(Locale.ROOT, "ssot: %,d files read, still walking", done.getAsInt())
            : String.format(Locale.ROOT, "ssot: %,d of %,d files read", done.getAsInt(), t);
    err.print("\r" + line + "\u001b[K");
    err.flush();
    printed = true;
  }

  @Override
  public void close() {
    stopped = true;
    if (thread == null) {
      return;
    }
    thread.interrupt();
    try {
      thread.join(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (printed) {
        err.print("\r\u001b[K");
        err.flush();
      }
    }
  }
}
