package dev.ssotguard.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.model.Finding;
import dev.ssotguard.policy.PolicyLoader;
import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * PR mode gives exactly the verdicts of a full scan for the changed files: for every fixture
 * repository and every one of its files taken as the only change, the findings a scan limited to
 * that change reports equal the full scan's findings for it (same rule, place, message, related
 * places, fingerprint and suppression).
 */
class ChangeScopeTest {
  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> eachFileAloneGetsTheFullScansVerdicts() throws IOException {
    List<Path> cases = Scans.caseDirectories();
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(Scans.CASES.relativize(c).toString(), () -> check(c)));
  }

  private void check(Path caseDir) throws IOException {
    Path root = Scans.copyCase(caseDir, temp);
    List<Finding> full = Scans.findings(root);
    List<String> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(Files::isRegularFile)
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    for (String changed : files) {
      // A changed policy changes every verdict, so then every finding is the change's.
      List<Finding> expected =
          changed.equals(PolicyLoader.FILE_NAME)
              ? full
              : full.stream().filter(f -> touches(f, changed)).toList();
      List<Finding> scoped = Scans.findings(root, Set.of(changed), Set.of());
      // The same findings; related locations may lack places in files PR mode does not read (a
      // JSON config that connects to a changed compose file's datastore), never add any.
      assertThat(scoped.stream().map(ChangeScopeTest::withoutRelated).toList())
          .as("findings of %s changed alone in %s", changed, caseDir)
          .containsExactlyElementsOf(
              expected.stream().map(ChangeScopeTest::withoutRelated).toList());
      for (int i = 0; i < scoped.size(); i++) {
        assertThat(expected.get(i).related())
            .as("related locations of %s with %s changed", scoped.get(i), changed)
            .containsAll(scoped.get(i).related());
      }
    }
    assertThat(Scans.findings(root, Set.copyOf(files), Set.of()))
        .as("every file of %s changed", caseDir)
        .containsExactlyElementsOf(full);
  }

  private static Finding withoutRelated(Finding f) {
    return new Finding(
        f.ruleId(),
        f.ruleName(),
        f.severity(),
        f.message(),
        f.location(),
        List.of(),
        f.fingerprint(),
        f.suppression());
  }

  private static boolean touches(Finding f, String path) {
    return f.location().path().equals(path)
        || f.related().stream().anyMatch(r -> r.location().path().equals(path));
  }
}
