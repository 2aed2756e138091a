package dev.ssotguard.cli;

import dev.ssotguard.report.TextTable;
import dev.ssotguard.rules.RuleInfo;
import dev.ssotguard.rules.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Lists the rule catalogue. */
@Command(name = "rules", description = "List the rules: ID, severity, environments, summary.")
public final class RulesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<List<String>> rows = new ArrayList<>();
    for (RuleInfo info : new RuleRegistry().infos()) {
      rows.add(
          List.of(
              info.id(),
              info.name(),
              info.severity().label(),
              info.scope().label(),
              info.summary()));
    }
    try {
      TextTable.write(
          out, List.of("ID", "NAME", "SEVERITY", "ENV", "SUMMARY"), rows, Terminal.width());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    return Main.CLEAN;
  }
}
