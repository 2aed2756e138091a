package dev.ssotguard.cli;

import dev.ssotguard.report.TextReporter;
import java.io.Console;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** Whether standard output is an interactive terminal (colour and progress only then). */
final class Terminal {
  private Terminal() {}

  // The null check is the JDK 17 signal; the JDK 22+ case is handled below with isTerminal().
  /** A terminal that wants colour: {@link #isTerminal()} and no {@code NO_COLOR}. */
  static boolean interactive() {
    return System.getenv("NO_COLOR") == null && isTerminal();
  }

  /**
   * The width text output wraps at: {@code COLUMNS} when it holds a sensible number, else 100 (a CI
   * log, a pipe, or a shell that does not export it).
   */
  static int width() {
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.matches("[0-9]{2,4}")) {
      return Math.max(40, Integer.parseInt(columns));
    }
    return TextReporter.DEFAULT_WIDTH;
  }

  @SuppressWarnings("SystemConsoleNull")
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From JDK 22 System.console() is never null; Console.isTerminal() then tells a pipe apart.
    try {
      MethodHandle isTerminal =
          MethodHandles.publicLookup()
              .findVirtual(Console.class, "isTerminal", MethodType.methodType(boolean.class));
      return (boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return true;
    } catch (Throwable e) {
      return false;
    }
  }
}
