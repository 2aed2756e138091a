package dev.ssotguard.scan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to scan and how: every command that reads a repository, and the test harness, describe their
 * scan with one of these and hand it to {@link Scanner}. Start from {@link #of(Path)} and change
 * what differs from the defaults.
 *
 * @param root the folder to scan
 * @param policyFile the policy to apply; empty: {@code ssot-policy.yaml} at the root when present,
 *     else the built-in policy
 * @param excludes {@code --exclude} globs, read like {@code .gitignore} lines at the root
 * @param maxFileSize files larger than this are not parsed
 * @param threads files read in parallel
 * @param scope the whole tree, or only what changed (PR mode)
 * @param baselineFile a previous JSON or SARIF report whose findings count as suppressed
 * @param today the day waivers and migration plans are judged on
 * @param toolVersion the version written into reports
 */
public record ScanRequest(
    Path root,
    Optional<Path> policyFile,
    List<String> excludes,
    long maxFileSize,
    int threads,
    Scope scope,
    Optional<Path> baselineFile,
    LocalDate today,
    String toolVersion,
    RuleChoice rules) {
  public static final long DEFAULT_MAX_FILE_SIZE = 2L << 20;

  public ScanRequest {
    excludes = List.copyOf(excludes);
  }

  /**
   * Which rules run, when the caller says (a flag or its SSOT_* variable): null lists leave it to
   * the policy file ({@code rules: {disable: [...]}}); an empty enable list means every rule.
   */
  public record RuleChoice(List<String> enable, List<String> disable) {
    public static final RuleChoice POLICY = new RuleChoice(null, null);
  }

  public ScanRequest withRules(RuleChoice choice) {
    return new ScanRequest(
        root,
        policyFile,
        excludes,
        maxFileSize,
        threads,
        scope,
        baselineFile,
        today,
        toolVersion,
        choice);
  }

  /** The defaults: the whole tree, its own policy, no excludes or baseline, one thread per core. */
  public static ScanRequest of(Path root) {
    return new ScanRequest(
        root,
        Optional.empty(),
        List.of(),
        DEFAULT_MAX_FILE_SIZE,
        Runtime.getRuntime().availableProcessors(),
        new Scope.WholeTree(),
        Optional.empty(),
        LocalDate.now(ZoneOffset.UTC),
        "dev",
        RuleChoice.POLICY);
  }

  public ScanRequest withPolicy(Path file) {
    return new ScanRequest(
        root,
        Optional.of(file),
        excludes,
        maxFileSize,
        threads,
        scope,
        baselineFile,
        today,
        toolVersion,
        rules);
  }

  public ScanRequest withExcludes(List<String> globs) {
    return new ScanRequest(
        root,
        policyFile,
        globs,
        maxFileSize,
        threads,
        scope,
        baselineFile,
        today,
        toolVersion,
        rules);
  }

  public ScanRequest withLimits(long maxBytes, int threadCount) {
    return new ScanRequest(
        root,
        policyFile,
        excludes,
        maxBytes,
        threadCount,
        scope,
        baselineFile,
        today,
        toolVersion,
        rules);
  }

  public ScanRequest withScope(Scope newScope) {
    return new ScanRequest(
        root,
        policyFile,
        excludes,
        maxFileSize,
        threads,
        newScope,
        baselineFile,
        today,
        toolVersion,
        rules);
  }

  public ScanRequest withBaseline(Path file) {
    return new ScanRequest(
        root,
        policyFile,
        excludes,
        maxFileSize,
        threads,
        scope,
        Optional.of(file),
        today,
        toolVersion,
        rules);
  }

  public ScanRequest withToolVersion(String version) {
    return new ScanRequest(
        root,
        policyFile,
        excludes,
        maxFileSize,
        threads,
        scope,
        baselineFile,
        today,
        version,
        rules);
  }

  /** Which files a scan reads and reports. */
  public sealed interface Scope {
    /** Every file. */
    record WholeTree() implements Scope {}

    /** PR mode: the files changed since a git revision, with the files they need as context. */
    record ChangedSince(String revision) implements Scope {}

    /** PR mode with the changes given (root-relative paths), as a caller already knows them. */
    record Changed(Set<String> changed, Set<String> deleted) implements Scope {
      public Changed {
        changed = Set.copyOf(changed);
        deleted = Set.copyOf(deleted);
      }
    }
  }
}
