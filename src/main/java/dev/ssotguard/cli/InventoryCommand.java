package dev.ssotguard.cli;

import dev.ssotguard.report.Inventory;
import dev.ssotguard.report.InventoryWriter;
import dev.ssotguard.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ssot inventory}: every datastore and every connection found. */
@Command(
    name = "inventory",
    description =
        "List every datastore and every connection: engine, endpoint, provider, runtime, location.")
public final class InventoryCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ScanOptions options;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = InventoryFormat.Converter.class,
      description = "text or json (default: text).")
  InventoryFormat format = InventoryFormat.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the inventory to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    Optional<ScanResult> run = options.run(spec.commandLine().getErr());
    if (run.isEmpty()) {
      return Main.USAGE;
    }
    Inventory inventory = Inventory.of(run.get().model());
    OutputFile.Content body =
        w -> {
          if (format == InventoryFormat.JSON) {
            new InventoryWriter().json(inventory, VersionProvider.version(), w);
          } else {
            new InventoryWriter().text(inventory, w);
          }
        };
    if (output != null) {
      Optional<String> failed = OutputFile.problem(output).or(() -> OutputFile.write(output, body));
      if (failed.isPresent()) {
        spec.commandLine().getErr().println("ssot: " + failed.get());
        return Main.USAGE;
      }
      return Main.CLEAN;
    }
    body.writeTo(spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return Main.CLEAN;
  }
}
