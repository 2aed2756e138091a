package dev.ssotguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotguard.testing.Golden;
import dev.ssotguard.testing.ReportSchema;
import dev.ssotguard.testing.SarifSchema;
import dev.ssotguard.testing.Scans;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden files for every output format of `ssot scan`, run through the real CLI in-process. */
class ReportFormatsTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir Path temp;
  private Path repo;

  @BeforeEach
  void copyRepository() {
    repo = Scans.copy(GOLDEN.resolve("repo"), temp.resolve("repo"));
  }

  private String scan(String format) {
    Scans.CliRun run =
        Scans.cli(
            "scan", repo.toString(), "--format", format, "--color", "never", "--width", "100");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    return run.out().replace(repo.toUri().toString(), "file:///ROOT/");
  }

  @Test
  void text() {
    String text = scan("text");
    Golden.assertMatches(GOLDEN.resolve("expected.txt"), text);
    // Issue 13: within the width; a finding's first line is path:line:col: severity SSOTnnn.
    assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertThat(text.lines().filter(l -> !l.startsWith(" ") && !l.isEmpty()))
        .allSatisfy(
            l ->
                assertThat(l)
                    .matches("([^ ]+:\\d+:\\d+: (error|warning|note) SSOT\\d{3} .*|[✓✗] .*)"));
    assertThat(text).contains("    fix: ").contains("ssot explain SSOT");
  }

  @Test
  void quietTextIsTheSummaryLineOnly() {
    Scans.CliRun run = Scans.cli("scan", repo.toString(), "-q", "--no-color");
    assertThat(run.out().strip()).startsWith("✗ 3 errors").doesNotContain("\n");
  }

  @Test
  void json() throws Exception {
    String json = scan("json");
    Golden.assertMatches(GOLDEN.resolve("expected.json"), json);
    assertThat(ReportSchema.errors(json)).isEmpty();
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
    for (JsonNode f : root.get("findings")) {
      assertThat(f.fieldNames())
          .toIterable()
          .containsExactly(
              "rule",
              "name",
              "severity",
              "message",
              "path",
              "line",
              "column",
              "related",
              "fingerprint");
    }
  }

  @Test
  void sarif() throws Exception {
    String sarif = scan("sarif");
    Golden.assertMatches(GOLDEN.resolve("expected.sarif"), sarif);
    assertThat(SarifSchema.errors(sarif)).isEmpty();
    JsonNode run = new ObjectMapper().readTree(sarif).get("runs").get(0);
    assertThat(run.get("results").size()).isPositive();
    for (JsonNode r : run.get("results")) {
      JsonNode artifact = r.get("locations").get(0).get("physicalLocation").get("artifactLocation");
      assertThat(artifact.get("uri").asText()).doesNotStartWith("/").doesNotStartWith("file:");
      assertThat(artifact.get("uriBaseId").asText()).isEqualTo("SRCROOT");
      assertThat(r.get("partialFingerprints").get("ssotFingerprint/v1").asText()).hasSize(32);
      assertThat(r.get("ruleId").asText()).isNotEqualTo("SSOT000");
    }
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(rules.findValuesAsText("id")).doesNotHaveDuplicates();
    for (JsonNode rule : rules) {
      assertThat(rule.get("properties").get("security-severity").isTextual()).isTrue();
      assertThat(rule.get("help").get("markdown").asText())
          .startsWith("# " + rule.get("id").asText());
    }
    assertThat(run.get("invocations").get(0).get("toolExecutionNotifications").size())
        .as("the broken YAML file is a notification, not a result")
        .isEqualTo(1);
    // Issue 13: GitHub shows related locations only when the message links them.
    for (JsonNode r : run.get("results")) {
      if (r.has("relatedLocations")) {
        assertThat(r.get("message").get("text").asText()).contains("](1)");
      }
    }
    assertThat(sarif).doesNotContain("beyond the seed");
  }

  @Test
  void sarifRanksBySecuritySeverityAndCarriesTheCategory() throws Exception {
    Scans.CliRun cli =
        Scans.cli("scan", repo.toString(), "-f", "sarif", "--sarif-category", "platform");
    JsonNode run = new ObjectMapper().readTree(cli.out()).get("runs").get(0);
    assertThat(run.get("automationDetails").get("id").asText()).isEqualTo("platform/");
    java.util.Map<String, Double> severity = new java.util.HashMap<>();
    for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
      severity.put(
          rule.get("id").asText(),
          Double.parseDouble(rule.get("properties").get("security-severity").asText()));
      assertThat(rule.get("properties").get("precision").asText())
          .isIn("very-high", "high", "medium", "low");
      assertThat(rule.get("name").asText()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(rule.get("properties").get("tags").toString()).contains("\"security\"");
    }
    // GitHub: 7.0+ high. A leaked credential and an open firewall rank high; SQL housekeeping low.
    assertThat(severity.get("SSOT901")).isGreaterThanOrEqualTo(7.0);
    assertThat(severity.get("SSOT604")).isGreaterThanOrEqualTo(7.0);
    assertThat(severity.get("SSOT601")).isLessThan(4.0);
    assertThat(severity.get("SSOT602")).isLessThan(4.0);
    assertThat(SarifSchema.errors(cli.out())).isEmpty();
  }

  @Test
  void theJsonSchemaRejectsWhatTheReportNeverHolds() throws Exception {
    String json = scan("json");
    assertThat(
            ReportSchema.errors(
                json.replace("\"severity\" : \"error\"", "\"severity\" : \"fatal\"")))
        .isNotEmpty();
    assertThat(ReportSchema.errors(json.replace("\"fingerprint\" :", "\"fingerprint2\" :")))
        .isNotEmpty();
    // The docs carry the same schema as the jar.
    try (java.io.InputStream in = getClass().getResourceAsStream(ReportSchema.RESOURCE)) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(java.nio.file.Files.readString(Path.of("docs/json-report.schema.json")));
    }
  }

  @Test
  void suppressedFindingsValidateToo() throws Exception {
    java.nio.file.Files.writeString(
        repo.resolve("compose.yaml"),
        java.nio.file.Files.readString(repo.resolve("compose.yaml"))
            .replace(
                "    environment:\n      POSTGRES_PASSWORD",
                "    environment:\n      # ssot:ignore SSOT901 -- a throwaway demo password\n"
                    + "      POSTGRES_PASSWORD"));
    Scans.CliRun run = Scans.cli("scan", repo.toString(), "-f", "json");
    assertThat(run.out()).contains("\"suppression\"");
    assertThat(ReportSchema.errors(run.out())).isEmpty();
  }

  @Test
  void sarifToAFileAndTextToStdoutInOneRun() throws Exception {
    Path out = temp.resolve("reports/out.sarif");
    Scans.CliRun run =
        Scans.cli("scan", repo.toString(), "--format", "sarif=" + out, "--format", "text");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("SSOT401");
    assertThat(SarifSchema.errors(java.nio.file.Files.readString(out))).isEmpty();
  }
}
