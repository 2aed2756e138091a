package dev.ssotguard.testing;

import dev.ssotguard.cli.Main;
import dev.ssotguard.model.Finding;
import dev.ssotguard.report.Report;
import dev.ssotguard.scan.ScanException;
import dev.ssotguard.scan.ScanRequest;
import dev.ssotguard.scan.Scanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Runs scans in-process for tests. */
public final class Scans {
  public static final Path CASES = Path.of("src/test/resources/cases");

  private Scans() {}

  /** The output of one CLI run. */
  public record CliRun(int exitCode, String out, String err) {}

  /** Runs the CLI in-process with no SSOT_* variables, whatever the machine's environment. */
  public static CliRun cli(String... args) {
    return cliWithEnvironment(java.util.Map.of(), args);
  }

  public static CliRun cliWithEnvironment(java.util.Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
    return new CliRun(code, out.toString(), err.toString());
  }

  public static List<Finding> findings(Path root) {
    return report(ScanRequest.of(root)).findings();
  }

  /**
   * The findings a scan limited to the changed files reports (PR mode), with the files deleted
   * since; see {@link dev.ssotguard.resolve.ChangeScope}.
   */
  public static List<Finding> findings(Path root, Set<String> changed, Set<String> deleted) {
    return report(ScanRequest.of(root).withScope(new ScanRequest.Scope.Changed(changed, deleted)))
        .findings();
  }

  /** The report of a scan through the production {@link Scanner}, with two threads. */
  public static Report report(ScanRequest request) {
    try {
      return new Scanner()
          .scan(request.withLimits(request.maxFileSize(), 2).withToolVersion("test"))
          .report();
    } catch (ScanException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Every fixture repository, {@code cases/<topic>/<case>/}, in order. */
  public static List<Path> caseDirectories() {
    List<Path> cases = new java.util.ArrayList<>();
    try (Stream<Path> topics = Files.list(CASES)) {
      for (Path topic : topics.sorted().toList()) {
        try (Stream<Path> inner = Files.list(topic)) {
          inner.filter(Files::isDirectory).sorted().forEach(cases::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  /** A fixture repository copied below {@code temp}, without its {@code expected.txt}. */
  public static Path copyCase(Path caseDir, Path temp) {
    Path root =
        copy(
            caseDir, temp.resolve(caseDir.getParent().getFileName() + "-" + caseDir.getFileName()));
    try {
      Files.deleteIfExists(root.resolve("expected.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root;
  }

  /**
   * Copies a fixture tree to {@code target} so it is scanned outside this project's git repository.
   */
  public static Path copy(Path source, Path target) {
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path dest = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
