package dev.ssotguard.cli;

import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Severity;
import dev.ssotguard.report.JsonReporter;
import dev.ssotguard.report.Report;
import dev.ssotguard.report.Reporter;
import dev.ssotguard.report.SarifReporter;
import dev.ssotguard.report.TextReporter;
import dev.ssotguard.resolve.ModelBuilder;
import dev.ssotguard.rules.RuleRegistry;
import dev.ssotguard.rules.RuleRunner;
import dev.ssotguard.workspace.Walker;
import dev.ssotguard.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ssot scan}: the static scan of a repository. */
@Command(
    name = "scan",
    description = "Scan a repository for breaks of the datastore policy.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage or configuration error",
      "3:internal error (a rule crashed; its findings are missing)"
    })
public final class ScanCommand implements Callable<Integer> {
  private static final List<String> FORMATS = List.of("text", "json", "sarif");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PATH",
      description = "The folder to scan (default: .).")
  Path path = Path.of(".");

  @Option(
      names = "--format",
      paramLabel = "FORMAT[=FILE]",
      description =
          "Output format: text, json or sarif; repeatable; FORMAT=FILE writes that format to FILE.")
  List<String> formats = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the (single) format to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "Exit 1 when a finding is at least this severe: error, warning, note or never (default: error).")
  String failOn = "error";

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Leave out paths matching GLOB (relative to PATH); repeatable.")
  List<String> excludes = new ArrayList<>();

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description = "Colour in text output: auto, always or never (default: auto).")
  String color = "auto";

  @Option(
      names = "--max-file-size",
      paramLabel = "BYTES",
      description = "Files larger than this are not parsed (default: 2097152).")
  long maxFileSize = 2L << 20;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files read in parallel (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Severity threshold;
    switch (failOn.toLowerCase(Locale.ROOT)) {
      case "error" -> threshold = Severity.ERROR;
      case "warning" -> threshold = Severity.WARNING;
      case "note" -> threshold = Severity.NOTE;
      case "never" -> threshold = null;
      default -> {
        return usage("--fail-on takes error, warning, note or never, not '" + failOn + "'");
      }
    }
    if (!List.of("auto", "always", "never").contains(color)) {
      return usage("--color takes auto, always or never, not '" + color + "'");
    }
    if (maxFileSize < 1024 || threads < 1) {
      return usage("--max-file-size must be at least 1024 and --threads at least 1");
    }
    List<String[]> outputs = new ArrayList<>();
    for (String f : formats.isEmpty() ? List.of("text") : formats) {
      int eq = f.indexOf('=');
      String name = (eq < 0 ? f : f.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (!FORMATS.contains(name)) {
        return usage("unknown format '" + name + "'; use " + String.join(", ", FORMATS));
      }
      outputs.add(new String[] {name, eq < 0 ? null : f.substring(eq + 1)});
    }
    long toStdout = outputs.stream().filter(o -> o[1] == null).count();
    if (output != null && toStdout != 1) {
      return usage("--output needs exactly one --format without =FILE");
    }
    Path root = path.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      return usage(
          "'" + path + "' is not a folder; pass the repository to scan, e.g. `ssot scan .`");
    }
    PhaseTimer timer = new PhaseTimer(System.getenv("SSOT_TIMING") != null, err);
    Workspace workspace = new Walker(excludes).walk(root);
    timer.lap("walk (" + workspace.files().size() + " files)");
    Model model =
        new ModelBuilder(KnowledgeLoader.builtin(), maxFileSize, threads).build(workspace);
    timer.lap("read, extract, resolve");
    RuleRegistry registry = new RuleRegistry();
    RuleRunner.Result result = new RuleRunner(registry).run(model);
    timer.lap("rules");
    Report report =
        new Report(
            root.toUri().toString(),
            VersionProvider.version(),
            registry.infos(),
            result.findings(),
            model.fileCount(),
            result.internalError());
    for (String[] o : outputs) {
      Path target = o[1] != null ? Path.of(o[1]) : output;
      boolean colour =
          color.equals("always")
              || (color.equals("auto") && target == null && Terminal.interactive());
      Reporter reporter =
          switch (o[0]) {
            case "json" -> new JsonReporter();
            case "sarif" -> new SarifReporter();
            default -> new TextReporter(colour);
          };
      if (target == null) {
        reporter.write(report, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
      } else {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
          reporter.write(report, w);
        }
      }
    }
    timer.lap("report");
    if (result.internalError()) {
      err.println("ssot: a rule failed internally; the report is incomplete (exit 3)");
      return Main.INTERNAL;
    }
    return exitCode(result.findings(), threshold);
  }

  static int exitCode(List<Finding> findings, Severity threshold) {
    if (threshold == null) {
      return Main.CLEAN;
    }
    boolean failing =
        findings.stream()
            .anyMatch(f -> !f.ruleId().equals("SSOT000") && f.severity().atLeast(threshold));
    return failing ? Main.FINDINGS : Main.CLEAN;
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("ssot: " + message);
    return Main.USAGE;
  }
}
