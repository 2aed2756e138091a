package dev.ssotguard.cli;

import dev.ssotguard.formats.BoundedRead;
import dev.ssotguard.knowledge.Knowledge;
import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Model;
import dev.ssotguard.policy.Policy;
import dev.ssotguard.policy.PolicyException;
import dev.ssotguard.policy.PolicyLoader;
import dev.ssotguard.report.Display;
import dev.ssotguard.report.Report;
import dev.ssotguard.resolve.ChangeScope;
import dev.ssotguard.resolve.Extraction;
import dev.ssotguard.resolve.ModelBuilder;
import dev.ssotguard.rules.RuleRegistry;
import dev.ssotguard.rules.RuleRunner;
import dev.ssotguard.suppress.Baseline;
import dev.ssotguard.suppress.Suppressor;
import dev.ssotguard.workspace.ExcludePattern;
import dev.ssotguard.workspace.SourceFile;
import dev.ssotguard.workspace.Walker;
import dev.ssotguard.workspace.Wildmatch;
import dev.ssotguard.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command that reads a repository takes, and the scan they share. */
public final class ScanOptions {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PATH",
      description = "The folder to scan (default: .).")
  Path path = Path.of(".");

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description =
          "Leave out paths matching GLOB, read like a .gitignore line at PATH (no slash: any"
              + " depth; `/` inside: from PATH; `**` across folders); repeatable.")
  List<String> excludes = new ArrayList<>();

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

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "The policy file (default: ssot-policy.yaml at PATH when present, else the built-in policy).")
  Path policyFile;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "A previous JSON or SARIF report: findings it holds are reported as suppressed.")
  Path baselineFile;

  /** One scan: the model, the findings, and the report built from them. */
  record ScanRun(
      Path root, Knowledge knowledge, Model model, RuleRunner.Result result, Report report) {}

  private Policy policy(Path root, Knowledge knowledge, RuleRegistry registry)
      throws PolicyException {
    PolicyLoader loader =
        new PolicyLoader(
            knowledge.runtimes().byId().keySet(),
            registry.infos().stream().map(i -> i.id()).collect(java.util.stream.Collectors.toSet()),
            knowledge.tools().stream()
                .map(t -> t.id())
                .collect(java.util.stream.Collectors.toSet()));
    if (policyFile != null) {
      return loader.load(policyFile, policyFile.toString());
    }
    Path atRoot = root.resolve(PolicyLoader.FILE_NAME);
    return Files.isRegularFile(atRoot)
        ? loader.load(atRoot, PolicyLoader.FILE_NAME)
        : Policy.builtin();
  }

  /** Whether a folder holds anything besides {@code .git}. */
  private static boolean hasEntries(Path root) throws IOException {
    try (var entries = Files.list(root)) {
      return entries.anyMatch(p -> !p.getFileName().toString().equals(".git"));
    }
  }

  /** Runs the scan; empty (with the message printed) when the options are wrong. */
  Optional<ScanRun> run(PrintWriter err) throws IOException {
    return run(err, null);
  }

  /**
   * @param changedSince a git revision: only the files changed since it (with their context) are
   *     read, and only their findings reported; null for the whole tree
   */
  Optional<ScanRun> run(PrintWriter err, String changedSince) throws IOException {
    if (maxFileSize < 1024 || threads < 1) {
      err.println("ssot: --max-file-size must be at least 1024 and --threads at least 1");
      return Optional.empty();
    }
    List<ExcludePattern> excludePatterns = new ArrayList<>();
    for (String glob : excludes) {
      try {
        excludePatterns.add(ExcludePattern.parse(glob));
      } catch (Wildmatch.BadPattern e) {
        err.println(
            "ssot: --exclude '"
                + Display.text(glob)
                + "' "
                + e.getMessage()
                + "; write a .gitignore-style pattern, escaping [ ] * ? with a backslash");
        return Optional.empty();
      }
    }
    Path root = path.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      err.println(
          "ssot: '"
              + Display.text(path.toString())
              + (Files.exists(root) ? "' is not a folder" : "' does not exist")
              + ". Fix: pass the repository to scan, e.g. `ssot scan .`");
      return Optional.empty();
    }
    PhaseTimer timer = PhaseTimer.fromEnvironment(err);
    Knowledge knowledge = KnowledgeLoader.builtin();
    RuleRegistry registry = new RuleRegistry();
    Policy policy;
    try {
      policy = policy(root, knowledge, registry);
    } catch (PolicyException e) {
      err.println(e.getMessage());
      return Optional.empty();
    }
    timer.lap("knowledge, rules, policy");
    ModelBuilder builder = new ModelBuilder(knowledge, policy, maxFileSize, threads);
    Model model;
    ChangeScope scope = null;
    try (Extraction extraction = builder.extraction();
        Progress progress = Progress.start(err, extraction)) {
      // Files are read while the walk goes on; the walk is mostly waiting on the file system.
      ChangedSince pr = changedSince == null ? null : ChangedSince.start(root, changedSince);
      Consumer<SourceFile> early =
          pr == null ? extraction::submit : ChangedSince.earlyReads(extraction);
      Workspace workspace = new Walker(excludePatterns, policy::environmentOf).walk(root, early);
      if (workspace.files().isEmpty() && hasEntries(root)) {
        // An ignore rule that hides everything (a foreign info/exclude of "*", say) must not
        // pass as a clean scan.
        err.println(
            "ssot: 0 files scanned in "
                + Display.text(root.toString())
                + ", which is not empty: .gitignore, info/exclude, --exclude or the skipped"
                + " folders leave nothing to read. Fix: check those rules, or scan another folder");
        return Optional.empty();
      }
      progress.total(workspace.files().size());
      timer.lap("walk (" + workspace.files().size() + " files), reading begun");
      List<SourceFile> toRead = workspace.files();
      if (pr != null) {
        Optional<ChangedSince.Plan> plan = pr.plan(workspace, err);
        if (plan.isEmpty()) {
          return Optional.empty();
        }
        scope = plan.get().scope();
        toRead = plan.get().toRead();
        progress.total(toRead.size());
        timer.lap("changes since " + changedSince);
      }
      model = builder.build(workspace, extraction, toRead);
    }
    timer.lap("read, extract, resolve");
    RuleRunner.Result result = new RuleRunner(registry).run(model);
    timer.lap("rules");
    Set<String> baseline = Set.of();
    if (baselineFile != null) {
      try {
        baseline = Baseline.fingerprints(baselineFile);
      } catch (BoundedRead.Refused e) {
        err.println(
            "ssot: the baseline "
                + Display.text(baselineFile.toString())
                + " "
                + e.getMessage()
                + ". Fix: pass a report written by `ssot scan --format json|sarif`");
        return Optional.empty();
      } catch (IOException | RuntimeException e) {
        err.println(
            "ssot: cannot read the baseline "
                + baselineFile
                + ": it is not a JSON or SARIF report. Fix:"
                + " pass a report written by `ssot scan --format json|sarif`");
        return Optional.empty();
      }
    }
    List<Finding> findings =
        new Suppressor(
                root,
                policy.waivers(),
                baseline,
                String.valueOf(baselineFile),
                LocalDate.now(ZoneOffset.UTC))
            .apply(result.findings());
    if (scope != null) {
      findings = findings.stream().filter(scope::reports).toList();
    }
    Report report =
        new Report(
            root.toUri().toString(),
            VersionProvider.version(),
            registry.infos(),
            findings,
            model.fileCount(),
            result.internalError());
    timer.lap("suppress, report");
    return Optional.of(new ScanRun(root, knowledge, model, result, report));
  }
}
