package dev.ssotguard.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotguard.testing.SarifSchema;
import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Waivers (active, expired, unreadable date), inline ssot:ignore and baselines, through the CLI.
 */
class SuppressionTest {
  @TempDir Path temp;
  private Path repo;

  @BeforeEach
  void repository() throws IOException {
    repo = temp.resolve("repo");
    write(
        "ssot-policy.yaml",
        """
        version: 1
        waivers:
          - rule: SSOT301
            paths: ["legacy/**"]
            reason: legacy importer, replaced in Q3
            owner: data-platform
            expires: 2099-12-31
          - rule: SSOT301
            paths: ["old/**"]
            reason: migration window
            owner: ops
            expires: 2020-01-01
          - rule: SSOT901
            paths: ["weird/**"]
            reason: vendor demo
            owner: sales-eng
            expires: someday\
        """);
    write("legacy/app.env", "DATABASE_URL=sqlite:////data/legacy.db\n");
    write("old/app.env", "DATABASE_URL=sqlite:////data/old.db\n");
    write(
        "weird/prod.env", "DATABASE_URL=postgresql://demo:Vendor-Pw-1@db.example.com:5432/demo\n");
    write(
        "inline/app.py",
        "# ssot:ignore SSOT301 -- cache warm-up file, rebuilt on start\nCACHE = 'sqlite:////tmp/cache.db'\n");
    write(
        "inline/other.py",
        "CACHE = 'sqlite:////tmp/c2.db'  # ssot:ignore SSOT999 -- wrong rule id\n");
  }

  private void write(String rel, String content) throws IOException {
    Path p = repo.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private Map<String, JsonNode> byPath(String json) throws IOException {
    Map<String, JsonNode> map = new HashMap<>();
    for (JsonNode f : new ObjectMapper().readTree(json).get("findings")) {
      map.put(f.get("rule").asText() + " " + f.get("path").asText(), f);
    }
    return map;
  }

  @Test
  void waiversAndInlineIgnoresSuppressAndExpiredWaiversSaySo() throws IOException {
    Scans.CliRun json = Scans.cli("scan", repo.toString(), "--format", "json");
    assertThat(json.exitCode()).as("expired waivers leave errors").isEqualTo(1);
    Map<String, JsonNode> f = byPath(json.out());
    assertThat(f.get("SSOT301 legacy/app.env").get("suppression").get("kind").asText())
        .isEqualTo("waiver");
    assertThat(f.get("SSOT301 legacy/app.env").get("suppression").get("justification").asText())
        .contains("legacy importer", "data-platform", "2099-12-31");
    assertThat(f.get("SSOT301 inline/app.py").get("suppression").get("kind").asText())
        .isEqualTo("inline");
    assertThat(f.get("SSOT301 inline/app.py").get("suppression").get("justification").asText())
        .isEqualTo("cache warm-up file, rebuilt on start");
    assertThat(f.get("SSOT301 inline/other.py").has("suppression"))
        .as("another rule's ignore")
        .isFalse();
    assertThat(f.get("SSOT301 old/app.env").has("suppression")).isFalse();
    assertThat(f.get("SSOT301 old/app.env").get("message").asText())
        .contains("expired on 2020-01-01", "ops");
    assertThat(f.get("SSOT901 weird/prod.env").get("message").asText())
        .contains("'someday' cannot be read");
    assertThat(new ObjectMapper().readTree(json.out()).get("summary").get("suppressed").asInt())
        .isEqualTo(2);

    Scans.CliRun text = Scans.cli("scan", repo.toString(), "--color", "never");
    assertThat(text.out()).doesNotContain("legacy/app.env").contains("old/app.env", "2 suppressed");
  }

  @Test
  void aBaselineSuppressesKnownFindingsInJsonAndSarif() throws IOException {
    Path json = temp.resolve("baseline.json");
    Path sarif = temp.resolve("baseline.sarif");
    assertThat(
            Scans.cli(
                    "scan",
                    repo.toString(),
                    "--format",
                    "json=" + json,
                    "--format",
                    "sarif=" + sarif)
                .exitCode())
        .isEqualTo(1);
    for (Path baseline : new Path[] {json, sarif}) {
      Scans.CliRun run =
          Scans.cli(
              "scan", repo.toString(), "--baseline", baseline.toString(), "--format", "sarif");
      assertThat(run.exitCode()).as("everything is known").isZero();
      assertThat(SarifSchema.errors(run.out())).isEmpty();
      JsonNode results = new ObjectMapper().readTree(run.out()).get("runs").get(0).get("results");
      assertThat(results)
          .allSatisfy(
              r ->
                  assertThat(r.get("suppressions").get(0).get("status").asText())
                      .isEqualTo("accepted"));
    }
    write("new/app.env", "DATABASE_URL=sqlite:////data/new.db\n");
    assertThat(Scans.cli("scan", repo.toString(), "--baseline", json.toString()).exitCode())
        .as("a new finding")
        .isEqualTo(1);
    Scans.CliRun bad =
        Scans.cli("scan", repo.toString(), "--baseline", repo.resolve("legacy/app.env").toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("not a JSON or SARIF report").doesNotContain("sqlite");
  }

  @Test
  void waiverMistakesAreUsageErrors() throws IOException {
    write(
        "ssot-policy.yaml",
        "waivers:\n  - rule: SSOT301\n    paths: [\"a/**\"]\n    reason: r\n    owner: o\n");
    Scans.CliRun run = Scans.cli("scan", repo.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("ssot-policy.yaml:2:5: a waiver needs 'expires'");
    write(
        "ssot-policy.yaml",
        "waivers:\n  - rule: SSOT777\n    paths: [\"a/**\"]\n    reason: r\n    owner: o\n    expires: 2099-01-01\n");
    assertThat(Scans.cli("scan", repo.toString()).err()).contains(":2:11: unknown rule 'SSOT777'");
  }
}
