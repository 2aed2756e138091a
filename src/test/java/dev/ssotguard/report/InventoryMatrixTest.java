package dev.ssotguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotguard.testing.Golden;
import dev.ssotguard.testing.ReportSchema;
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
    assertThat(ReportSchema.errors(ReportSchema.INVENTORY, run.out())).isEmpty();
    try (java.io.InputStream in = getClass().getResourceAsStream(ReportSchema.INVENTORY)) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(Path.of("docs/inventory.schema.json")));
    }
  }

  /** Waivers and MySQL uses of the policy file, with their dates, for the organisation server. */
  @Test
  void inventoryJsonListsCommitmentsByKind() throws Exception {
    Files.writeString(
        repo.resolve("ssot-policy.yaml"),
        """
        version: 1
        waivers:
          - rule: SSOT301
            paths: ["web/**"]
            reason: replaced next quarter
            owner: data-platform
            expires: 2099-09-30
        mysql:
          - datastore: uptime-db
            purpose: legacy-tool
            constraint: "supports MariaDB and SQLite only"
            migration_plan: {reference: ADR-42, approver: architecture-team, target_date: 2099-06-30}
          - datastore: bug-1234-repro
            purpose: repro
            ends: someday
        """);
    Scans.CliRun run = Scans.cli("inventory", repo.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(ReportSchema.errors(ReportSchema.INVENTORY, run.out())).isEmpty();
    JsonNode c = new ObjectMapper().readTree(run.out()).get("commitments");
    assertThat(c).hasSize(3);
    assertThat(c.get(0).get("kind").asText()).isEqualTo("waiver");
    assertThat(c.get(0).get("subject").asText()).isEqualTo("SSOT301 on web/**");
    assertThat(c.get(0).get("expires").asText()).isEqualTo("2099-09-30");
    assertThat(c.get(0).get("location").get("path").asText()).isEqualTo("ssot-policy.yaml");
    assertThat(c.get(1).get("subject").asText()).isEqualTo("uptime-db");
    assertThat(c.get(1).get("reason").asText()).isEqualTo("legacy-tool (plan ADR-42)");
    assertThat(c.get(1).get("owner").asText()).isEqualTo("architecture-team");
    assertThat(c.get(1).get("expires").asText()).isEqualTo("2099-06-30");
    assertThat(c.get(2).has("expires")).isFalse();
    assertThat(c.get(2).get("expiresText").asText()).isEqualTo("someday");
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
