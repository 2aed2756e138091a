package dev.ssotguard.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ssotguard.model.Finding;
import dev.ssotguard.testing.SarifSchema;
import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed and hostile files become SSOT000 notes; the scan finishes and still finds the rest. */
class HostileInputTest {
  @TempDir Path temp;

  @Test
  void hostileFilesNeverStopTheScan() throws IOException {
    Path repo = temp.resolve("repo");
    Files.createDirectories(repo.resolve("a"));
    Files.writeString(
        repo.resolve("compose.yaml"), "services:\n  superset:\n    image: apache/superset:4.0.2\n");
    Files.writeString(repo.resolve("bomb.yaml"), billionLaughs());
    // Each hostile document holds a value an extractor reads (sqlite3), so it reaches the parser.
    Files.writeString(
        repo.resolve("deep.yaml"), "[".repeat(50_000) + "sqlite3" + "]".repeat(50_000) + "\n");
    Files.writeString(
        repo.resolve("deep.json"), "{\"db_password\":".repeat(50_000) + "1" + "}".repeat(50_000));
    Files.writeString(repo.resolve("deep-map.yml"), deepBlockMapping(2_000));
    Files.write(repo.resolve("docker-compose.yml"), binary());
    Files.write(
        repo.resolve(".env"),
        new byte[] {'A', '=', (byte) 0xC3, (byte) 0x28, '\n', 'B', '=', '1', '\n'});
    Files.writeString(repo.resolve("huge.env"), "X=" + "postgresql://".repeat(200_000) + "\n");
    Files.writeString(
        repo.resolve("long-line.txt"),
        "sqlite" + ":".repeat(1_500_000) + "//" + "a".repeat(100_000));
    Files.writeString(repo.resolve("superset_config.py"), "X = " + "(".repeat(20_000) + "\n");
    Files.writeString(repo.resolve("app.py"), "s = '''" + "\\".repeat(100_000));
    Files.createSymbolicLink(repo.resolve("loop"), repo);
    Files.createSymbolicLink(repo.resolve("a/up"), repo.resolve("a"));
    Files.createSymbolicLink(repo.resolve("outside.env"), Path.of("/etc/passwd"));

    List<Finding> findings =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Scans.findings(repo));

    assertThat(findings)
        .anySatisfy(
            f ->
                assertThat(f.ruleId() + " " + f.location().path())
                    .isEqualTo("SSOT401 compose.yaml"));
    List<String> notes =
        findings.stream()
            .filter(f -> f.ruleId().equals("SSOT000"))
            .map(f -> f.location().path())
            .toList();
    assertThat(notes)
        .contains(
            "bomb.yaml",
            "deep.yaml",
            "deep.json",
            "deep-map.yml",
            "docker-compose.yml",
            ".env",
            "huge.env");
    assertThat(findings)
        .noneMatch(
            f -> f.location().path().contains("loop") || f.location().path().contains("outside"));

    Scans.CliRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> Scans.cli("scan", repo.toString(), "--format", "sarif"));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(SarifSchema.errors(run.out())).isEmpty();
  }

  private static String billionLaughs() {
    StringBuilder sb =
        new StringBuilder(
            "a: &a [\"sqlite3\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      sb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        sb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      sb.append("]\n");
      prev = c;
    }
    return sb.toString();
  }

  private static String deepBlockMapping(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    return sb.append(" ".repeat(depth)).append("sqlite3\n").toString();
  }

  private static byte[] binary() {
    byte[] b = "services:\n\0\0\0\u0001\u0002binary".getBytes(StandardCharsets.ISO_8859_1);
    return b;
  }
}
