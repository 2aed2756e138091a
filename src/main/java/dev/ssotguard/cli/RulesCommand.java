package dev.ssotguard.cli;

import dev.ssotguard.rules.RuleInfo;
import dev.ssotguard.rules.RuleRegistry;
import java.io.PrintWriter;
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
    for (RuleInfo info : new RuleRegistry().infos()) {
      out.printf(
          "%-8s %-32s %-8s %-5s %s%n",
          info.id(), info.name(), info.severity().label(), info.scope().label(), info.summary());
    }
    return Main.CLEAN;
  }
}
