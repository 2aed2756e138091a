package dev.ssotguard.cli;

import dev.ssotguard.formats.BoundedRead;
import dev.ssotguard.report.ConnectionGraph;
import dev.ssotguard.report.Display;
import dev.ssotguard.report.GraphWriter;
import dev.ssotguard.report.Inventory;
import dev.ssotguard.report.MatrixWriter;
import dev.ssotguard.scan.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ssot matrix}: the connection matrix as Markdown. */
@Command(
    name = "matrix",
    description =
        "Write the connection matrix (clients × datastores → endpoint, verdict) and the decision guide as Markdown.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written, or --check found the file current",
      "1:--check found the file stale",
      "2:usage error"
    })
public final class MatrixCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ScanOptions options;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      converter = MatrixFormat.Converter.class,
      description =
          "markdown (the CONNECTION_MATRIX.md document, with a Mermaid diagram) or dot (Graphviz)"
              + " (default: markdown).")
  MatrixFormat format = MatrixFormat.MARKDOWN;

  @Option(
      names = "--check",
      paramLabel = "FILE",
      description = "Exit 1 when FILE differs from the matrix the repository gives now.")
  Path check;

  /** The largest committed matrix compared. */
  static final int MAX_CHECKED_BYTES = 16 << 20;

  @Override
  public Integer call() throws IOException {
    Optional<ScanResult> run = options.run(spec.commandLine().getErr());
    if (run.isEmpty()) {
      return Main.USAGE;
    }
    Inventory inventory = Inventory.of(run.get().model());
    String markdown =
        format == MatrixFormat.DOT
            ? GraphWriter.dot(ConnectionGraph.of(inventory, run.get().report().findings()))
            : new MatrixWriter()
                .markdown(
                    inventory, run.get().report().findings(), run.get().knowledge().runtimes());
    if (output != null && OutputFile.problem(output).isPresent()) {
      spec.commandLine().getErr().println("ssot: " + OutputFile.problem(output).get());
      return Main.USAGE;
    }
    if (check != null && !Files.exists(check)) {
      spec.commandLine()
          .getErr()
          .println(
              "ssot: --check "
                  + Display.text(check.toString())
                  + " does not exist. Fix: create it with `ssot matrix "
                  + Display.text(options.path.toString())
                  + " --output "
                  + Display.text(check.toString())
                  + "` and commit it");
      return Main.USAGE;
    }
    if (check != null) {
      String committed;
      try {
        committed =
            Files.exists(check)
                ? new String(BoundedRead.read(check, MAX_CHECKED_BYTES), StandardCharsets.UTF_8)
                : "";
      } catch (BoundedRead.Refused e) {
        spec.commandLine()
            .getErr()
            .println(
                "ssot: --check "
                    + Display.text(check.toString())
                    + " "
                    + e.getMessage()
                    + ". Fix: pass the committed CONNECTION_MATRIX.md");
        return Main.USAGE;
      }
      if (committed.equals(markdown)) {
        spec.commandLine().getOut().println("ssot: " + check + " is current");
        return Main.CLEAN;
      }
      spec.commandLine()
          .getErr()
          .println(
              "ssot: "
                  + check
                  + " is stale; regenerate it with `ssot matrix "
                  + Display.text(options.path.toString())
                  + " --output "
                  + Display.text(check.toString())
                  + "`");
      return Main.FINDINGS;
    }
    if (output != null) {
      Optional<String> failed = OutputFile.write(output, w -> w.write(markdown));
      if (failed.isPresent()) {
        spec.commandLine().getErr().println("ssot: " + failed.get());
        return Main.USAGE;
      }
    } else {
      spec.commandLine().getOut().print(markdown);
      spec.commandLine().getOut().flush();
    }
    return Main.CLEAN;
  }
}
