package dev.ssotguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 item 6: what users bring from Checkov, Trivy, Semgrep and gitleaks. */
class CliConventionsTest {
  @TempDir Path temp;
  private Path repo;

  @BeforeEach
  void repository() throws IOException {
    repo = Scans.copy(Path.of("src/test/resources/golden/repo"), temp.resolve("repo"));
  }

  @Test
  void severityFiltersWhatIsReportedButNotTheExitCode() {
    Scans.CliRun errorsOnly = Scans.cli("scan", repo.toString(), "--severity", "error", "-q");
    assertThat(errorsOnly.out()).startsWith("✗ 3 errors, 0 warnings, 0 notes");
    Scans.CliRun failOnWarning =
        Scans.cli("scan", repo.toString(), "--severity", "error", "--fail-on", "never");
    assertThat(failOnWarning.exitCode()).isZero();
  }

  @Test
  void rulesAreSelectedByFlagEnvironmentOrPolicyFileInThatOrder() throws IOException {
    assertThat(Scans.cli("scan", repo.toString(), "--enable", "SSOT901", "-q").out())
        .startsWith("✗ 1 error, 0 warnings");
    assertThat(Scans.cli("scan", repo.toString(), "--disable", "ssot901,SSOT401", "-q").out())
        .startsWith("✗ 1 error, 1 warning");
    Files.writeString(
        repo.resolve("ssot-policy.yaml"),
        "version: 1\nrules:\n  disable: [SSOT303]\nexclude: [\"tests/**\"]\n",
        StandardCharsets.UTF_8);
    assertThat(Scans.cli("scan", repo.toString(), "-q").out()).startsWith("✗ 3 errors, 0 warnings");
    // The environment replaces the file's list; the flag replaces the environment's.
    Map<String, String> env = Map.of("SSOT_DISABLE", "SSOT901");
    assertThat(Scans.cliWithEnvironment(env, "scan", repo.toString(), "-q").out())
        .startsWith("✗ 2 errors");
    assertThat(
            Scans.cliWithEnvironment(env, "scan", repo.toString(), "-q", "--disable", "SSOT401")
                .out())
        .startsWith("✗ 2 errors");
  }

  @Test
  void unknownRulesAndBadEnvironmentValuesExitTwoNamingTheFix() {
    Scans.CliRun unknown = Scans.cli("scan", repo.toString(), "--disable", "SSOT999");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown rule 'SSOT999'").contains("ssot rules");
    Scans.CliRun badEnv =
        Scans.cliWithEnvironment(Map.of("SSOT_FAIL_ON", "sometimes"), "scan", repo.toString());
    assertThat(badEnv.exitCode()).isEqualTo(2);
    assertThat(badEnv.err()).contains("not 'sometimes'").contains("(from SSOT_FAIL_ON)");
    Scans.CliRun env =
        Scans.cliWithEnvironment(Map.of("SSOT_FAIL_ON", "never"), "scan", repo.toString(), "-q");
    assertThat(env.exitCode()).isZero();
  }

  @Test
  void textWrapsAtTheTerminalWidthTheShellExports() {
    Scans.CliRun run = Scans.cliWithEnvironment(Map.of("COLUMNS", "60"), "scan", repo.toString());
    assertThat(run.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
    Scans.CliRun flag =
        Scans.cliWithEnvironment(Map.of("COLUMNS", "60"), "scan", repo.toString(), "--width", "90");
    assertThat(flag.out().lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(60);
  }

  @Test
  void mistypedCommandsAndOptionsGetASuggestion() {
    Scans.CliRun command = Scans.cli("scna", repo.toString());
    assertThat(command.exitCode()).isEqualTo(2);
    assertThat(command.err()).contains("Did you mean: scan?");
    Scans.CliRun option = Scans.cli("scan", repo.toString(), "--formt", "json");
    assertThat(option.err()).contains("Did you mean: --format");
  }

  @Test
  void optionsThatMeanNothingToACommandAreNotOffered() {
    assertThat(Scans.cli("init", repo.toString(), "--baseline", "x.json").err())
        .contains("Unknown options: '--baseline'");
    assertThat(Scans.cli("probe", "--help").out()).doesNotContain("junit");
  }

  @Test
  void inventoryWritesToAFile() throws IOException {
    Path out = temp.resolve("out/inventory.json");
    assertThat(
            Scans.cli("inventory", repo.toString(), "-o", out.toString(), "--format", "json")
                .exitCode())
        .isZero();
    assertThat(Files.readString(out)).contains("\"datastores\"");
  }

  @Test
  void matrixCheckOfAMissingFileSaysSoAndKeepsTheScannedPath() {
    Path missing = temp.resolve("docs/CONNECTION_MATRIX.md");
    Scans.CliRun run = Scans.cli("matrix", repo.toString(), "--check", missing.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("does not exist")
        .contains("ssot matrix " + repo + " --output " + missing);
  }
}
