package dev.ssotguard.cli;

import dev.ssotguard.policy.PolicyLoader;
import dev.ssotguard.report.StarterPolicy;
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

/** {@code ssot init}: a commented starter policy from what the scan discovered. */
@Command(
    name = "init",
    description =
        "Write a commented starter ssot-policy.yaml from what a scan of PATH discovers (MySQL uses,"
            + " datastores without a role, folders with stray SQL). Nothing is waived until you"
            + " uncomment it.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:usage error, or the file exists (use --force)"})
public final class InitCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ScanOptions options;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (default: PATH/ssot-policy.yaml); '-' for standard output.")
  String output;

  @Option(names = "--force", description = "Overwrite an existing file.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    Optional<ScanResult> run = options.run(spec.commandLine().getErr());
    if (run.isEmpty()) {
      return Main.USAGE;
    }
    String yaml = new StarterPolicy().yaml(run.get().model(), run.get().report().findings());
    if ("-".equals(output)) {
      spec.commandLine().getOut().print(yaml);
      spec.commandLine().getOut().flush();
      return Main.CLEAN;
    }
    Path target =
        output != null ? Path.of(output) : run.get().root().resolve(PolicyLoader.FILE_NAME);
    if (Files.exists(target) && !force) {
      spec.commandLine()
          .getErr()
          .println(
              "ssot: "
                  + target
                  + " already exists. Fix: edit it, pass --force to overwrite it, or --output - to"
                  + " print the starter policy");
      return Main.USAGE;
    }
    Files.writeString(target, yaml, StandardCharsets.UTF_8);
    spec.commandLine().getOut().println("ssot: wrote " + target);
    return Main.CLEAN;
  }
}
