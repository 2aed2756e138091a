package dev.ssotguard.cli;

import dev.ssotguard.rules.RuleDocs;
import dev.ssotguard.rules.RuleInfo;
import dev.ssotguard.rules.RuleRegistry;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Prints one rule's documentation. */
@Command(
    name = "explain",
    description = "Print a rule's documentation, e.g. `ssot explain SSOT401`.")
public final class ExplainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(paramLabel = "ID", description = "A rule ID such as SSOT401.")
  String id;

  @Override
  public Integer call() {
    Optional<RuleInfo> info = new RuleRegistry().info(id.trim());
    if (info.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("ssot: no rule '" + id + "'. Fix: run `ssot rules` to list the rule IDs.");
      return Main.USAGE;
    }
    spec.commandLine().getOut().print(RuleDocs.page(info.get()));
    return Main.CLEAN;
  }
}
