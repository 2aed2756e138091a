package dev.ssotguard.testing;

import dev.ssotguard.cli.Main;
import dev.ssotguard.knowledge.Knowledge;
import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Model;
import dev.ssotguard.policy.Policy;
import dev.ssotguard.policy.PolicyException;
import dev.ssotguard.policy.PolicyLoader;
import dev.ssotguard.report.Report;
import dev.ssotguard.resolve.ChangeScope;
import dev.ssotguard.resolve.Extraction;
import dev.ssotguard.resolve.ModelBuilder;
import dev.ssotguard.rules.RuleRegistry;
import dev.ssotguard.rules.RuleRunner;
import dev.ssotguard.suppress.Suppressor;
import dev.ssotguard.workspace.Walker;
import dev.ssotguard.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/** Runs scans in-process for tests. */
public final class Scans {
  public static final Path CASES = Path.of("src/test/resources/cases");

  private Scans() {}

  /** The output of one CLI run. */
  public record CliRun(int exitCode, String out, String err) {}

  public static CliRun cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  public static List<Finding> findings(Path root) {
    return report(root).findings();
  }

  public static Report report(Path root) {
    return report(root, null);
  }

  /**
   * The findings a scan limited to the changed files reports (PR mode), with the files deleted
   * since; see {@link ChangeScope}.
   */
  public static List<Finding> findings(Path root, Set<String> changed, Set<String> deleted) {
    return report(root, ws -> ChangeScope.of(ws, changed, deleted)).findings();
  }

  private static Report report(Path root, Function<Workspace, ChangeScope> scoping) {
    try {
      Knowledge knowledge = KnowledgeLoader.builtin();
      Path policyFile = root.resolve(PolicyLoader.FILE_NAME);
      Policy policy =
          Files.isRegularFile(policyFile)
              ? new PolicyLoader(
                      knowledge.runtimes().byId().keySet(),
                      RuleIds.all(),
                      knowledge.tools().stream()
                          .map(t -> t.id())
                          .collect(java.util.stream.Collectors.toSet()))
                  .load(policyFile, PolicyLoader.FILE_NAME)
              : Policy.builtin();
      ModelBuilder builder = new ModelBuilder(knowledge, policy, 2L << 20, 2);
      Workspace workspace = new Walker(List.of(), policy::environmentOf).walk(root);
      ChangeScope scope = scoping == null ? null : scoping.apply(workspace);
      Model model;
      try (Extraction extraction = builder.extraction()) {
        model =
            builder.build(
                workspace, extraction, scope == null ? workspace.files() : scope.toRead(workspace));
      }
      RuleRegistry registry = new RuleRegistry();
      RuleRunner.Result r = new RuleRunner(registry).run(model);
      List<Finding> findings =
          new Suppressor(root, policy.waivers(), Set.of(), "", LocalDate.now(ZoneOffset.UTC))
              .apply(r.findings());
      if (scope != null) {
        findings = findings.stream().filter(scope::reports).toList();
      }
      return new Report(
          null, "test", registry.infos(), findings, model.fileCount(), r.internalError());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PolicyException e) {
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
