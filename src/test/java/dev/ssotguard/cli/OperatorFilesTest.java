package dev.ssotguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssotguard.testing.Scans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 items 13, 17 and 18: files the operator names (policy, baseline, committed matrix,
 * outputs) are bounded and checked; mistakes are exit 2 with a message that names the real problem.
 */
class OperatorFilesTest {
  @TempDir Path temp;
  private Path repo;

  @BeforeEach
  void repo() throws Exception {
    repo = Files.createDirectories(temp.resolve("repo"));
    Files.writeString(repo.resolve("compose.yaml"), "services:\n  db:\n    image: mysql:8\n");
  }

  @Test
  void devicesFifosAndFoldersAreNamedForWhatTheyAre() throws Exception {
    Path fifo = temp.resolve("fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo");
    String[][] cases = {
      {"--policy", "/dev/zero", "is not a regular file"},
      {"--policy", fifo.toString(), "is not a regular file"},
      {"--policy", temp.toString(), "is a folder, not a file"},
      {"--policy", temp.resolve("none.yaml").toString(), "does not exist"},
      {"--baseline", "/dev/zero", "is not a regular file"},
      {"--baseline", fifo.toString(), "is not a regular file"},
    };
    for (String[] c : cases) {
      Scans.CliRun run =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20), () -> Scans.cli("scan", repo.toString(), c[0], c[1]));
      assertThat(run.exitCode()).as(c[0] + " " + c[1]).isEqualTo(2);
      assertThat(run.err()).as(c[0] + " " + c[1]).contains(c[2]).contains("Fix:");
    }
    Scans.CliRun check =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> Scans.cli("matrix", repo.toString(), "--check", "/dev/zero"));
    assertThat(check.exitCode()).isEqualTo(2);
    assertThat(check.err()).contains("is not a regular file");
  }

  @Test
  void anOverLongPolicyIsNamedAsTooLarge() throws Exception {
    Path big = temp.resolve("big.yaml");
    Files.writeString(big, "# " + "x".repeat(1 << 20) + "\n");
    Scans.CliRun run = Scans.cli("scan", repo.toString(), "--policy", big.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is larger than 1 MiB").doesNotContain("write valid YAML");
  }

  @Test
  void aMissingScanRootSaysSo() {
    Scans.CliRun run = Scans.cli("scan", temp.resolve("nonexistent").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("does not exist");
  }

  @Test
  void outputMistakesAreUsageErrors() throws Exception {
    Scans.CliRun full = Scans.cli("scan", repo.toString(), "--output", "/dev/full");
    assertThat(full.exitCode()).isEqualTo(2);
    assertThat(full.err()).contains("cannot write /dev/full").contains("Fix:");
    Scans.CliRun folder = Scans.cli("scan", repo.toString(), "--format", "sarif=" + temp);
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).contains("is a folder");
    Path file = Files.writeString(temp.resolve("plain"), "x");
    Scans.CliRun below = Scans.cli("scan", repo.toString(), "--output", file + "/out.txt");
    assertThat(below.exitCode()).isEqualTo(2);
    assertThat(below.err()).contains("which is not a folder");
    Scans.CliRun two = Scans.cli("scan", repo.toString(), "--format", "json", "--format", "sarif");
    assertThat(two.exitCode()).isEqualTo(2);
    assertThat(two.err()).contains("only one format can go to standard output");
    Scans.CliRun matrix = Scans.cli("matrix", repo.toString(), "--output", "/dev/full");
    assertThat(matrix.exitCode()).isEqualTo(2);
    Path nested = temp.resolve("reports/ci/ssot.sarif");
    Scans.CliRun created = Scans.cli("scan", repo.toString(), "--format", "sarif=" + nested);
    assertThat(created.exitCode()).isEqualTo(1);
    assertThat(nested).isRegularFile();
  }
}
