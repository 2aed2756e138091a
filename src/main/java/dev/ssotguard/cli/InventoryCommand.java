package dev.ssotguard.cli;

import dev.ssotguard.report.Inventory;
import dev.ssotguard.report.InventoryWriter;
import dev.ssotguard.scan.ScanResult;
import java.io.IOException;
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

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
  String format = "text";

  @Override
  public Integer call() throws IOException {
    if (!format.equals("text") && !format.equals("json")) {
      spec.commandLine()
          .getErr()
          .println("ssot: inventory --format takes text or json, not '" + format + "'");
      return Main.USAGE;
    }
    Optional<ScanResult> run = options.run(spec.commandLine().getErr());
    if (run.isEmpty()) {
      return Main.USAGE;
    }
    Inventory inventory = Inventory.of(run.get().model());
    if (format.equals("json")) {
      new InventoryWriter().json(inventory, VersionProvider.version(), spec.commandLine().getOut());
    } else {
      new InventoryWriter().text(inventory, spec.commandLine().getOut());
    }
    spec.commandLine().getOut().flush();
    return Main.CLEAN;
  }
}
