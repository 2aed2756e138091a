package dev.ssotguard.scan;

import dev.ssotguard.extract.ExtractorRegistry;
import dev.ssotguard.formats.BoundedRead;
import dev.ssotguard.knowledge.Knowledge;
import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.knowledge.Tool;
import dev.ssotguard.model.Diagnostic;
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
import dev.ssotguard.rules.RuleInfo;
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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The scan, once: walk, read and extract in parallel, resolve the model, run the rules, apply
 * waivers, baseline and PR scope, build the report. Every command and the test harness call this.
 */
public final class Scanner {
  /**
   * The rules that run: those the caller enables (all when it names none), less those disabled — by
   * the caller when it says, else by the policy file. SSOT000 always runs. An unknown ID is a usage
   * error naming the IDs there are.
   */
  private RuleRegistry selected(ScanRequest.RuleChoice choice, Policy policy) throws ScanException {
    List<String> known = registry.infos().stream().map(RuleInfo::id).toList();
    List<String> enable = choice.enable() == null ? List.of() : normalized(choice.enable());
    List<String> disable =
        choice.disable() != null
            ? normalized(choice.disable())
            : policy.selection().disabledRules();
    for (String id : concat(enable, disable)) {
      if (!known.contains(id)) {
        throw new ScanException(
            "ssot: unknown rule '"
                + Display.text(id)
                + "' in --enable/--disable (or SSOT_ENABLE/SSOT_DISABLE). Fix: use rule IDs from"
                + " `ssot rules`, e.g. SSOT901");
      }
    }
    return registry.only(
        id ->
            id.equals(Diagnostic.RULE_ID)
                || ((enable.isEmpty() || enable.contains(id)) && !disable.contains(id)));
  }

  private static List<String> normalized(List<String> ids) {
    return ids.stream()
        .flatMap(s -> java.util.Arrays.stream(s.split(",", -1)))
        .map(s -> s.trim().toUpperCase(java.util.Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private final Knowledge knowledge;
  private final RuleRegistry registry;
  private final ExtractorRegistry extractors;

  public Scanner() {
    this(KnowledgeLoader.builtin(), new RuleRegistry());
  }

  public Scanner(Knowledge knowledge, RuleRegistry registry) {
    this.knowledge = knowledge;
    this.registry = registry;
    this.extractors = new ExtractorRegistry(knowledge);
  }

  public ScanResult scan(ScanRequest request) throws ScanException {
    return scan(request, ScanListener.SILENT);
  }

  public ScanResult scan(ScanRequest request, ScanListener listener) throws ScanException {
    if (request.maxFileSize() < 1024 || request.threads() < 1) {
      throw new ScanException(
          "ssot: --max-file-size must be at least 1024 and --threads at least 1");
    }
    Path root = request.root().toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new ScanException(
          "ssot: '"
              + Display.text(request.root().toString())
              + (Files.exists(root) ? "' is not a folder" : "' does not exist")
              + ". Fix: pass the repository to scan, e.g. `ssot scan .`");
    }
    Policy policy = policy(request, root).withBuiltinRoles(knowledge.datastores().roles());
    // The flags' excludes and the policy file's add up; rules follow flag > SSOT_* > policy.
    List<String> globs = new ArrayList<>(request.excludes());
    globs.addAll(policy.selection().excludes());
    List<ExcludePattern> excludes = excludePatterns(globs);
    RuleRegistry rules = selected(request.rules(), policy);
    // Operator files are checked before the scan, so a bad one costs no scan.
    Set<String> baseline = baseline(request);
    listener.phaseDone("knowledge, rules, policy");
    try {
      Read read = read(request, root, policy, excludes, listener);
      listener.phaseDone("read, extract, resolve");
      RuleRunner.Result result = new RuleRunner(rules).run(read.model());
      listener.phaseDone("rules");
      List<Finding> findings =
          new Suppressor(
                  read.model().inlineSuppressions(),
                  policy.waivers(),
                  baseline,
                  request.baselineFile().map(Path::toString).orElse("null"),
                  request.today())
              .apply(result.findings());
      if (read.scope() != null) {
        findings = findings.stream().filter(read.scope()::reports).toList();
      }
      Report report =
          new Report(
              root.toUri().toString(),
              request.toolVersion(),
              rules.infos(),
              findings,
              read.model().fileCount(),
              result.internalError());
      listener.phaseDone("suppress, report");
      return new ScanResult(root, knowledge, read.model(), report, result.internalError());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model, and the PR scope when the scan is limited to changes (else null). */
  private record Read(Model model, ChangeScope scope) {}

  private Read read(
      ScanRequest request,
      Path root,
      Policy policy,
      List<ExcludePattern> excludes,
      ScanListener listener)
      throws IOException, ScanException {
    ModelBuilder builder =
        new ModelBuilder(
            knowledge,
            policy,
            extractors,
            request.maxFileSize(),
            request.threads(),
            request.today());
    try (Extraction extraction = builder.extraction()) {
      listener.reading(extraction::done);
      // Files are read while the walk goes on; the walk is mostly waiting on the file system.
      ChangedSince pr =
          request.scope() instanceof ScanRequest.Scope.ChangedSince since
              ? ChangedSince.start(root, since.revision())
              : null;
      Consumer<SourceFile> early =
          request.scope() instanceof ScanRequest.Scope.WholeTree
              ? extraction::submit
              : ChangedSince.earlyReads(extraction, extractors);
      Workspace workspace = new Walker(excludes, policy::environmentOf).walk(root, early);
      if (workspace.files().isEmpty() && hasEntries(root)) {
        // An ignore rule that hides everything (a foreign info/exclude of "*", say) must not
        // pass as a clean scan.
        throw new ScanException(
            "ssot: 0 files scanned in "
                + Display.text(root.toString())
                + ", which is not empty: .gitignore, info/exclude, --exclude or the skipped"
                + " folders leave nothing to read. Fix: check those rules, or scan another folder");
      }
      listener.total(workspace.files().size());
      listener.phaseDone("walk (" + workspace.files().size() + " files), reading begun");
      ChangeScope scope = null;
      List<SourceFile> toRead = workspace.files();
      if (pr != null) {
        ChangedSince.Plan plan = pr.plan(workspace, extractors, knowledge.runtimes(), listener);
        scope = plan.scope();
        toRead = plan.toRead();
      } else if (request.scope() instanceof ScanRequest.Scope.Changed given) {
        scope = ChangeScope.of(workspace, given.changed(), given.deleted(), extractors);
        toRead = scope.toRead(workspace, knowledge.runtimes());
      }
      if (scope != null) {
        listener.total(toRead.size());
        listener.phaseDone("changes");
      }
      return new Read(builder.build(workspace, extraction, toRead), scope);
    }
  }

  private static List<ExcludePattern> excludePatterns(List<String> globs) throws ScanException {
    List<ExcludePattern> patterns = new ArrayList<>();
    for (String glob : globs) {
      try {
        patterns.add(ExcludePattern.parse(glob));
      } catch (Wildmatch.BadPattern e) {
        throw new ScanException(
            "ssot: --exclude '"
                + Display.text(glob)
                + "' "
                + e.getMessage()
                + "; write a .gitignore-style pattern, escaping [ ] * ? with a backslash");
      }
    }
    return patterns;
  }

  private Policy policy(ScanRequest request, Path root) throws ScanException {
    PolicyLoader loader =
        new PolicyLoader(
            knowledge.runtimes().byId().keySet(),
            registry.infos().stream().map(RuleInfo::id).collect(Collectors.toSet()),
            knowledge.tools().stream().map(Tool::id).collect(Collectors.toSet()));
    try {
      if (request.policyFile().isPresent()) {
        Path file = request.policyFile().get();
        return loader.load(file, file.toString());
      }
      Path atRoot = root.resolve(PolicyLoader.FILE_NAME);
      return Files.isRegularFile(atRoot)
          ? loader.load(atRoot, PolicyLoader.FILE_NAME)
          : Policy.builtin();
    } catch (PolicyException e) {
      throw new ScanException(e.getMessage());
    }
  }

  private static Set<String> baseline(ScanRequest request) throws ScanException {
    if (request.baselineFile().isEmpty()) {
      return Set.of();
    }
    Path file = request.baselineFile().get();
    try {
      return Baseline.fingerprints(file);
    } catch (BoundedRead.Refused e) {
      throw new ScanException(
          "ssot: the baseline "
              + Display.text(file.toString())
              + " "
              + e.getMessage()
              + ". Fix: pass a report written by `ssot scan --format json|sarif`");
    } catch (IOException | RuntimeException e) {
      throw new ScanException(
          "ssot: cannot read the baseline "
              + Display.text(file.toString())
              + ": it is not a JSON or SARIF report. Fix:"
              + " pass a report written by `ssot scan --format json|sarif`");
    }
  }

  /** Whether a folder holds anything besides {@code .git}. */
  private static boolean hasEntries(Path root) throws IOException {
    try (var entries = Files.list(root)) {
      return entries.anyMatch(p -> !p.getFileName().toString().equals(".git"));
    }
  }
}
