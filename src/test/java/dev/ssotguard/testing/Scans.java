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
import dev.ssotguard.resolve.ModelBuilder;
import dev.ssotguard.rules.RuleRegistry;
import dev.ssotguard.rules.RuleRunner;
import dev.ssotguard.suppress.Suppressor;
import dev.ssotguard.workspace.Walker;
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
      Model model =
          new ModelBuilder(knowledge, policy, 2L << 20, 2)
              .build(new Walker(List.of(), policy::environmentOf).walk(root));
      RuleRegistry registry = new RuleRegistry();
      RuleRunner.Result r = new RuleRunner(registry).run(model);
      List<Finding> findings =
          new Suppressor(root, policy.waivers(), Set.of(), "", LocalDate.now(ZoneOffset.UTC))
              .apply(r.findings());
      return new Report(
          null, "test", registry.infos(), findings, model.fileCount(), r.internalError());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PolicyException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
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
