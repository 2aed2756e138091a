package dev.ssotguard.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ssot} command line. Exit codes: 0 clean, 1 findings, 2 usage or config, 3 internal.
 */
@Command(
    name = "ssot",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = "Enforces a datastore source-of-truth policy over repositories.")
public final class Main implements Runnable {
  public static final int CLEAN = 0;
  public static final int FINDINGS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  /** The subcommands, in the order help lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ScanCommand.class,
          InventoryCommand.class,
          MatrixCommand.class,
          InitCommand.class,
          ProbeCommand.class,
          PushCommand.class,
          ServerPointer.class,
          RulesCommand.class,
          ExplainCommand.class,
          CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The run's environment (tests pass their own): SSOT_TOKEN and CI variables are read here. */
  private final Map<String, String> environment;

  Main(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The environment of the run a command belongs to. */
  static Map<String, String> environment(CommandLine.Model.CommandSpec command) {
    return ((Main) command.root().userObject()).environment;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is required (scan, rules, explain)");
  }

  public static void main(String[] args) {
    // A worker thread that dies of an Error must not print a stack trace (or, out of memory, the
    // JVM's own "thrown from the UncaughtExceptionHandler" line): the main thread reports the run's
    // failure in one line and exits 3. The handler allocates nothing.
    Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {});
    System.exit(
        run(
            args,
            new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /**
   * " (from SSOT_X)" when the bad value came from an option's environment variable rather than the
   * command line, so the message names what to fix.
   */
  private static String fromEnvironment(CommandLine.ParameterException e, String[] args) {
    if (!(e.getArgSpec() instanceof CommandLine.Model.OptionSpec option)) {
      return "";
    }
    for (String arg : args) {
      for (String name : option.names()) {
        if (arg.equals(name) || arg.startsWith(name + "=")) {
          return "";
        }
      }
    }
    return " (from " + EnvironmentDefaults.variable(option) + ")";
  }

  /** Runs the CLI with the given writers; tests call this in-process. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, System.getenv());
  }

  /** Runs the CLI with the given writers and environment (its SSOT_* variables set defaults). */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
    CommandLine cli = new CommandLine(new Main(environment));
    addSubcommands(cli, args);
    cli.setDefaultValueProvider(new EnvironmentDefaults(environment));
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          e.getCommandLine().getErr().println("ssot: " + e.getMessage() + fromEnvironment(e, a));
          if (e instanceof CommandLine.UnmatchedArgumentException u
              && !u.getSuggestions().isEmpty()) {
            e.getCommandLine()
                .getErr()
                .println("Did you mean: " + String.join(" or ", u.getSuggestions()) + "?");
          }
          e.getCommandLine()
              .getErr()
              .println(
                  "Fix: see `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help`.");
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, c, p) -> {
          if (e.getCause() instanceof VirtualMachineError fatal) {
            c.getErr()
                .println(
                    "ssot: internal error ("
                        + fatal.getClass().getSimpleName()
                        + "); the run was stopped; please report it.");
            return INTERNAL;
          }
          c.getErr()
              .println(
                  "ssot: internal error ("
                      + e.getClass().getSimpleName()
                      + "); please report it with the command you ran.");
          return INTERNAL;
        });
    int code;
    try {
      code = cli.execute(args);
    } catch (VirtualMachineError | LinkageError e) {
      // Out of memory or stack on hostile input: one line and exit 3, never a stack trace and
      // never exit 1, which would read as "findings".
      err.println(
          "ssot: internal error ("
              + e.getClass().getSimpleName()
              + "); the run was stopped. If it ran out of memory, give the JVM more (-Xmx)"
              + " or leave large files out with --exclude; please report it.");
      code = INTERNAL;
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Picocli builds the model of every registered command up front, which costs more than a short
   * run itself; only the command being run is registered. Help and an unknown command get them all,
   * so that listings and suggestions are complete; {@code --version} gets none.
   */
  private static void addSubcommands(CommandLine cli, String[] args) {
    String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    boolean help = Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help"));
    if (named.isEmpty() && !help) {
      return;
    }
    for (Class<?> c : SUBCOMMANDS) {
      if (c.getAnnotation(Command.class).name().equals(named) && !named.equals("help")) {
        cli.addSubcommand(c);
        return;
      }
    }
    SUBCOMMANDS.forEach(cli::addSubcommand);
  }
}
