package dev.ssotguard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Severity;
import dev.ssotguard.report.GithubReporter;
import dev.ssotguard.report.GitlabReporter;
import dev.ssotguard.report.HtmlReporter;
import dev.ssotguard.report.Inventory;
import dev.ssotguard.report.InventoryWriter;
import dev.ssotguard.report.JsonReporter;
import dev.ssotguard.report.JunitReporter;
import dev.ssotguard.report.MarkdownReporter;
import dev.ssotguard.report.Report;
import dev.ssotguard.report.Reporter;
import dev.ssotguard.report.SarifReporter;
import dev.ssotguard.report.TextReporter;
import dev.ssotguard.scan.ScanRequest;
import dev.ssotguard.scan.ScanResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ScanOptions options;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT[=FILE]",
      converter = FormatTarget.Converter.class,
      description =
          "Output format: text, json, sarif, github (workflow-command annotations), markdown (a"
              + " job summary), junit, gitlab (Code Quality) or html (one self-contained page); repeatable; FORMAT=FILE writes that"
              + " format to FILE (missing folders are created); at most one format goes to standard"
              + " output.")
  List<FormatTarget> formats = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the (single) format to FILE instead of standard output; missing folders are"
              + " created.")
  Path output;

  @CommandLine.Parameters(
      index = "1..*",
      paramLabel = "FILE",
      description =
          "Files (relative to PATH): read the repository for context but report only the findings"
              + " in or pointing at these files, as PR mode does. `ssot scan FILE...` alone takes the"
              + " current folder as PATH (what a pre-commit hook runs).")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "A previous JSON or SARIF report: findings it holds are reported as suppressed.")
  Path baselineFile;

  @Option(
      names = "--enable",
      paramLabel = "SSOTnnn[,...]",
      split = ",",
      description = "Run only these rules (default: all).")
  List<String> enable;

  @Option(
      names = "--disable",
      paramLabel = "SSOTnnn[,...]",
      split = ",",
      description = "Do not run these rules; replaces the policy file's rules: {disable: [...]}.")
  List<String> disable;

  @Option(
      names = "--severity",
      paramLabel = "LEVEL",
      converter = FailOn.Converter.class,
      description =
          "Report only findings at least this severe: error, warning or note (default: note, all);"
              + " --fail-on decides the exit code on its own.")
  FailOn severity;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      converter = FailOn.Converter.class,
      description =
          "Exit 1 when a finding is at least this severe: error, warning, note or never (default: error).")
  FailOn failOn = FailOn.ERROR;

  @Option(
      names = "--changed-since",
      paramLabel = "REF",
      description =
          "PR mode: read only the files the branch changed since it met the git revision REF (its"
              + " merge base; uncommitted and untracked files too), with the files their verdicts"
              + " depend on, and report only their findings.")
  String changedSince;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      converter = ColorMode.Converter.class,
      description = "Colour in text output: auto, always or never (default: auto).")
  ColorMode color = ColorMode.AUTO;

  @Option(
      names = "--sarif-category",
      paramLabel = "NAME",
      description =
          "SARIF: the run's automationDetails.id, so GitHub keeps this scan's alerts apart from"
              + " other scans of the repository (e.g. one per monorepo project).")
  String sarifCategory;

  @Option(
      names = "--forge-url",
      paramLabel = "URL",
      description =
          "Markdown: link findings to the scanned commit's files under URL (default on GitHub:"
              + " $GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA).")
  String forgeUrl;

  @Option(
      names = "--width",
      paramLabel = "COLUMNS",
      description = "Text output: wrap at this width (default: $COLUMNS, else 100).")
  Integer width;

  @Option(names = "--no-color", description = "No colour in text output (as NO_COLOR=1 does).")
  boolean noColor;

  @Option(
      names = "--upload",
      paramLabel = "URL",
      description =
          "Also send the JSON report and the inventory to the ssot server at URL, with the token in"
              + " $SSOT_TOKEN (see ssot push).")
  String upload;

  @CommandLine.Mixin UploadOptions uploadOptions = new UploadOptions();

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Text output: only the summary line, and nothing when there is nothing to report.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<FormatTarget> outputs =
        formats.isEmpty() ? List.of(new FormatTarget(ReportFormat.TEXT, null)) : formats;
    long toStdout = outputs.stream().filter(o -> o.file() == null).count();
    if (output != null && toStdout != 1) {
      return usage("--output needs exactly one --format without =FILE");
    }
    if (toStdout > 1) {
      return usage(
          "only one format can go to standard output (two documents back to back are neither"
              + " valid JSON nor SARIF). Fix: write the others to files, e.g. --format"
              + " sarif=ssot.sarif");
    }
    if (upload != null) {
      Optional<String> bad = Uploader.problem(upload, uploadOptions.allowHttp);
      if (bad.isPresent()) {
        return usage(bad.get());
      }
    }
    for (FormatTarget o : outputs) {
      Path target = o.file() != null ? o.file() : output;
      Optional<String> problem = target == null ? Optional.empty() : OutputFile.problem(target);
      if (problem.isPresent()) {
        return usage(problem.get());
      }
    }
    List<String> only = new ArrayList<>(files);
    if (Files.isRegularFile(options.path)) {
      // `ssot scan a.yml b.env`: every argument is a file of the current folder's repository.
      only.add(0, options.path.toString());
      options.path = Path.of(".");
    }
    if (!only.isEmpty() && changedSince != null) {
      return usage("give files or --changed-since, not both. Fix: drop one of them");
    }
    if (upload != null && (!only.isEmpty() || changedSince != null)) {
      return usage(
          "--upload sends whole-repository scans only (the server shows each repository's latest"
              + " state). Fix: drop the files or --changed-since, or upload from the full scan");
    }
    ScanRequest.Scope scope =
        !only.isEmpty()
            ? new ScanRequest.Scope.Changed(relative(only), Set.of())
            : changedSince == null
                ? new ScanRequest.Scope.WholeTree()
                : new ScanRequest.Scope.ChangedSince(changedSince);
    ScanRequest.RuleChoice rules = new ScanRequest.RuleChoice(enable, disable);
    Optional<ScanResult> run =
        options.run(
            err,
            r -> (baselineFile == null ? r : r.withBaseline(baselineFile)).withRules(rules),
            scope);
    if (run.isEmpty()) {
      return Main.USAGE;
    }
    Report full = run.get().report();
    Report report =
        severity == null || severity.threshold() == null
            ? full
            : full.atLeast(severity.threshold());
    for (FormatTarget o : outputs) {
      Path target = o.file() != null ? o.file() : output;
      boolean colour =
          !noColor
              && (color == ColorMode.ALWAYS
                  || (color == ColorMode.AUTO && target == null && Terminal.interactive()));
      Reporter reporter =
          switch (o.format()) {
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter(sarifCategory);
            case GITHUB -> new GithubReporter();
            case MARKDOWN ->
                new MarkdownReporter(forgeUrl != null ? forgeUrl : Forge.blobBase(System.getenv()));
            case JUNIT -> new JunitReporter();
            case GITLAB -> new GitlabReporter();
            case HTML -> new HtmlReporter(Inventory.of(run.get().model()));
            case TEXT ->
                new TextReporter(colour, width == null ? TextReporter.DEFAULT_WIDTH : width, quiet);
          };
      if (target == null) {
        reporter.write(report, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
      } else {
        Optional<String> failed = OutputFile.write(target, w -> reporter.write(report, w));
        if (failed.isPresent()) {
          return usage(failed.get());
        }
      }
    }
    if (run.get().internalError()) {
      err.println("ssot: a rule failed internally; the report is incomplete (exit 3)");
      return Main.INTERNAL;
    }
    int code = exitCode(full.findings(), failOn.threshold());
    if (upload != null) {
      Uploader.Outcome sent = upload(run.get(), full);
      err.println("ssot: " + sent.message());
      if (sent.exitCode() != Main.CLEAN) {
        return sent.exitCode();
      }
    }
    return code;
  }

  /** The whole report (not the --severity view) and the inventory, as the server stores them. */
  private Uploader.Outcome upload(ScanResult result, Report full) throws IOException {
    StringWriter report = new StringWriter();
    new JsonReporter().write(full, report);
    StringWriter inventory = new StringWriter();
    new InventoryWriter().json(Inventory.of(result.model()), VersionProvider.version(), inventory);
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> env = Main.environment(spec);
    return Uploader.send(
        upload,
        env.get("SSOT_TOKEN"),
        CommitInfo.of(uploadOptions, env, result.root(), forgeUrl),
        mapper.readTree(report.toString()),
        mapper.readTree(inventory.toString()),
        Instant.now());
  }

  /** Root-relative paths with '/' separators, as the scope compares them. */
  private static Set<String> relative(List<String> files) {
    Set<String> paths = new LinkedHashSet<>();
    for (String f : files) {
      String p = f.replace('\\', '/');
      while (p.startsWith("./")) {
        p = p.substring(2);
      }
      paths.add(p);
    }
    return paths;
  }

  static int exitCode(List<Finding> findings, Severity threshold) {
    if (threshold == null) {
      return Main.CLEAN;
    }
    boolean failing =
        findings.stream()
            .anyMatch(f -> !f.isDiagnostic() && !f.suppressed() && f.severity().atLeast(threshold));
    return failing ? Main.FINDINGS : Main.CLEAN;
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("ssot: " + message);
    return Main.USAGE;
  }
}
