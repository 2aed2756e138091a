package dev.ssotguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotguard.testing.Golden;
import dev.ssotguard.testing.Scans;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ssot inventory` and `ssot matrix` on a repository with every kind of client runtime. */
class InventoryMatrixTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/connectivity");

  @TempDir Path temp;
  private Path repo;

  @BeforeEach
  void copyRepository() {
    repo = Scans.copy(GOLDEN.resolve("repo"), temp.resolve("repo"));
  }

  @Test
  void inventoryJson() throws Exception {
    Scans.CliRun run = Scans.cli("inventory", repo.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Golden.assertMatches(GOLDEN.resolve("inventory.json"), run.out());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("connections").findValuesAsText("runtime"))
        .contains(
            "GitHub Actions hosted runner",
            "GitHub Actions self-hosted runner",
            "Vercel function",
            "DigitalOcean App Platform component",
            "Docker Compose service",
            "Docker Compose service on an IPv6-enabled network");
    assertThat(run.out()).doesNotContain("EV[1:abc:def]").contains("EV[…] (encrypted)");
  }

  @Test
  void inventoryText() {
    Scans.CliRun run = Scans.cli("inventory", repo.toString());
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches(GOLDEN.resolve("inventory.txt"), run.out());
    assertThat(run.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void matrixAndCheck() throws Exception {
    Scans.CliRun run = Scans.cli("matrix", repo.toString());
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches(GOLDEN.resolve("matrix.md"), run.out());
    assertThat(run.out()).contains("breaks SSOT501", "breaks SSOT502", "| Vercel function | no |");

    Path committed = temp.resolve("docs/architecture/CONNECTION_MATRIX.md");
    assertThat(Scans.cli("matrix", repo.toString(), "--output", committed.toString()).exitCode())
        .isZero();
    assertThat(Scans.cli("matrix", repo.toString(), "--check", committed.toString()).exitCode())
        .isZero();
    Files.writeString(
        repo.resolve("compose.yaml"),
        Files.readString(repo.resolve("compose.yaml"))
            .replace(
                "db.abcdefghijklmnopqrst.supabase.co:5432",
                "aws-0-eu-central-1.pooler.supabase.com:6543"));
    Scans.CliRun stale = Scans.cli("matrix", repo.toString(), "--check", committed.toString());
    assertThat(stale.exitCode()).isEqualTo(1);
    assertThat(stale.err()).contains("is stale");
  }

  @Test
  void theExampleMatrixIsCurrent() {
    Path example = Path.of("examples/platform");
    Scans.CliRun run =
        Scans.cli(
            "matrix",
            example.toString(),
            "--check",
            example.resolve("docs/architecture/CONNECTION_MATRIX.md").toString());
    assertThat(run.exitCode())
        .as(
            "regenerate with ./ssot matrix examples/platform --output examples/platform/"
                + "docs/architecture/CONNECTION_MATRIX.md; %s",
            run.err())
        .isZero();
  }
}
