package dev.ssotguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotguard.model.Finding;
import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * `ssot scan PATH FILE...` (what a pre-commit hook runs) reports exactly what PR mode reports for
 * those files, on every fixture repository.
 */
class ScanFilesTest {
  @Test
  void filesGiveThePrModeReportOnEveryFixture() throws IOException {
    int compared = 0;
    for (Path repo : Scans.caseDirectories()) {
      List<String> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(repo)) {
        walk.filter(Files::isRegularFile)
            .map(p -> repo.relativize(p).toString().replace('\\', '/'))
            .filter(p -> !p.equals("expected.txt"))
            .sorted()
            .limit(2)
            .forEach(files::add);
      }
      if (files.isEmpty()) {
        continue;
      }
      Set<String> expected = new LinkedHashSet<>();
      for (Finding f :
          Scans.findings(repo, new LinkedHashSet<>(files), Set.of()).stream()
              .filter(f -> !f.suppressed())
              .toList()) {
        expected.add(f.ruleId() + " " + f.location().path() + ":" + f.location().line());
      }
      List<String> args = new ArrayList<>(List.of("scan", repo.toString()));
      args.addAll(files);
      args.addAll(List.of("-f", "json", "--fail-on", "never"));
      Scans.CliRun run = Scans.cli(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(repo + ": " + run.err()).isZero();
      Set<String> actual = new LinkedHashSet<>();
      for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
        if (!f.has("suppression")) {
          actual.add(
              f.get("rule").asText() + " " + f.get("path").asText() + ":" + f.get("line").asInt());
        }
      }
      assertThat(actual).as(repo.toString()).isEqualTo(expected);
      compared++;
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void filesAndChangedSinceTogetherAreAUsageError() {
    Scans.CliRun run =
        Scans.cli(
            "scan", "src/test/resources/golden/repo", "compose.yaml", "--changed-since", "HEAD");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not both");
  }
}
