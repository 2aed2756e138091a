package dev.ssotguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ssot server} lives in its own module (the CLI never loads a web server): the launcher runs
 * it. Reaching this command means the CLI's jar was run directly; it says what to run.
 */
@Command(
    name = "server",
    description =
        "The organisation server on PostgreSQL (run by the launcher from the server module).")
public final class ServerPointer implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Unmatched java.util.List<String> rest;

  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println(
            "ssot: the server is its own program: run ./ssot server (the launcher builds it), or"
                + " java -jar server/target/ssot-server.jar server");
    return Main.USAGE;
  }
}
