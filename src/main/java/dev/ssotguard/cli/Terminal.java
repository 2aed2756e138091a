package dev.ssotguard.cli;

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
