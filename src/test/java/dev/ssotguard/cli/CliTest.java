package dev.ssotguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line, run in-process. */
class CliTest {
  @TempDir Path temp;

  private Path repoWith(String file, String content) throws IOException {
    Path p = temp.resolve("repo").resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return temp.resolve("repo");
  }

  @Test
  void cleanRepositoryExitsZero() throws IOException {
    Path repo = repoWith("README.md", "# nothing to see\n");
    Scans.CliRun run = Scans.cli("scan", repo.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("0 errors, 0 warnings");
  }

  @Test
  void findingsExitOneAndFailOnDecides() throws IOException {
    Path repo = repoWith("tests/test_a.py", "E = 'sqlite:///t.db'\n");
    assertThat(Scans.cli("scan", repo.toString()).exitCode())
        .as("a warning under --fail-on error")
        .isZero();
    assertThat(Scans.cli("scan", repo.toString(), "--fail-on", "warning").exitCode()).isEqualTo(1);
    assertThat(Scans.cli("scan", repo.toString(), "--fail-on", "never").exitCode()).isZero();
  }

  @Test
  void usageErrorsExitTwoAndNameTheFix() throws IOException {
    Path repo = repoWith("a.txt", "x\n");
    Scans.CliRun missing = Scans.cli("scan", temp.resolve("nope").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("does not exist").contains("ssot scan .");
    Scans.CliRun badFlag = Scans.cli("scan", repo.toString(), "--frobnicate");
    assertThat(badFlag.exitCode()).isEqualTo(2);
    assertThat(badFlag.err()).contains("--frobnicate").contains("--help");
    Scans.CliRun badFormat = Scans.cli("scan", repo.toString(), "--format", "xml");
    assertThat(badFormat.exitCode()).isEqualTo(2);
    // One wording for every choice: the option, the choices, the value given, the fix.
    assertThat(badFormat.err())
        .contains("option '--format'")
        .contains("use text, json, sarif, github, markdown, junit, gitlab or html, not 'xml'")
        .contains("--help");
    Scans.CliRun badFailOn = Scans.cli("scan", repo.toString(), "--fail-on", "sometimes");
    assertThat(badFailOn.exitCode()).isEqualTo(2);
    assertThat(badFailOn.err())
        .contains("option '--fail-on'")
        .contains("use error, warning, note or never, not 'sometimes'");
    Scans.CliRun badColor = Scans.cli("scan", repo.toString(), "--color", "purple");
    assertThat(badColor.exitCode()).isEqualTo(2);
    assertThat(badColor.err())
        .contains("option '--color'")
        .contains("use auto, always or never, not 'purple'");
    Scans.CliRun badInventory = Scans.cli("inventory", repo.toString(), "--format", "csv");
    assertThat(badInventory.exitCode()).isEqualTo(2);
    assertThat(badInventory.err())
        .contains("option '--format'")
        .contains("use text or json, not 'csv'");
    assertThat(Scans.cli("scan", repo.toString(), "--fail-on", "WARNING").exitCode()).isZero();
    assertThat(
            Scans.cli("scan", repo.toString(), "--format", "json", "--format", "text", "-o", "x")
                .exitCode())
        .isEqualTo(2);
    assertThat(Scans.cli("explain", "SSOT999").exitCode()).isEqualTo(2);
    assertThat(Scans.cli().exitCode()).isEqualTo(2);
  }

  @Test
  void rulesAndExplainComeFromTheRegistry() {
    Scans.CliRun rules = Scans.cli("rules");
    assertThat(rules.exitCode()).isZero();
    assertThat(rules.out()).contains("SSOT301", "sqlite-in-production", "SSOT401", "SSOT902");
    Scans.CliRun explain = Scans.cli("explain", "ssot401");
    assertThat(explain.exitCode()).isZero();
    assertThat(explain.out()).startsWith("# SSOT401 superset-metadata-not-postgres");
  }

  @Test
  void versionIsPrinted() {
    Scans.CliRun run = Scans.cli("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("ssot-guard ");
  }
}
