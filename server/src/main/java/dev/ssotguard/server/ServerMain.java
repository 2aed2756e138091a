package dev.ssotguard.server;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ssot server ...}: the launcher runs this jar for the server and its token commands, so the
 * CLI's jar never holds a web server. Exit codes as the CLI: 2 usage, 3 internal.
 */
@Command(
    name = "ssot",
    subcommands = {ServerCommand.class},
    description = "ssot-guard's organisation server.")
public final class ServerMain implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "give a command: ssot server");
  }

  public static void main(String[] args) {
    System.exit(
        run(
            args,
            System.getenv(),
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ServerMain(), new Factory(env)).setOut(out).setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          if (e instanceof IllegalArgumentException) {
            err.println("ssot: " + e.getMessage());
            return 2;
          }
          // one line, the kind only: an exception message can quote a URL or a value
          err.println("ssot: internal error (" + e.getClass().getSimpleName() + ")");
          return 3;
        });
    return cli.execute(args);
  }

  /** Gives commands the environment (tests pass their own). */
  private record Factory(Map<String, String> env) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == ServerCommand.class) {
        return cls.cast(new ServerCommand(env));
      }
      if (cls == TokenCommand.class) {
        return cls.cast(new TokenCommand(env));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
