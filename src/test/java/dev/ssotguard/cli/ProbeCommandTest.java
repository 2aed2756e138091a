package dev.ssotguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotguard.probe.FakeDnsServerAccess;
import dev.ssotguard.testing.SarifSchema;
import dev.ssotguard.testing.Scans;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeCommandTest {
  private static boolean listening(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Test
  void probesTheLocalPostgresInTextAndJsonWithoutPrintingThePassword() throws Exception {
    assumeTrue(listening(5432), "PostgreSQL is not running on 127.0.0.1:5432");
    String target = "postgresql://postgres:CANARY-pw-7f3a9@127.0.0.1:5432/test";
    Scans.CliRun text = Scans.cli("probe", "--target", target);
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("tcp   IPv4 127.0.0.1:5432 open").contains("postgresql 1");
    assertThat(text.err()).contains("visible to other users");
    Scans.CliRun json = Scans.cli("probe", "--target", target, "--format", "json");
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertThat(doc.path("targets").get(0).path("database").path("engine").asText())
        .isEqualTo("postgresql");
    assertThat(text.out() + text.err() + json.out() + json.err())
        .doesNotContain("CANARY")
        .doesNotContain("7f3a9");
  }

  @Test
  void anIpv6OnlyNameShowsNoARecordAndNoSession() throws Exception {
    try (var dns =
        FakeDnsServerAccess.start(
            Map.of("db.abcdefghijklmnopqrst.supabase.co.", List.of("2001:db8::5")))) {
      Scans.CliRun run =
          Scans.cli(
              "probe",
              "--target",
              "postgresql://postgres@db.abcdefghijklmnopqrst.supabase.co:5432/postgres",
              "--dns-server",
              "127.0.0.1:" + dns.port(),
              "--timeout",
              "1");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains("dns A     no A record")
          .contains("dns AAAA  2001:db8:0:0:0:0:0:5")
          .contains("IPv6 2001:db8:0:0:0:0:0:5:5432");
    }
  }

  @Test
  void inventoryTargetsGetLiveSsot501WhenTheHostHasNoARecord(@TempDir Path repo) throws Exception {
    Path workflows = Files.createDirectories(repo.resolve(".github/workflows"));
    Files.writeString(
        workflows.resolve("nightly.yml"),
        """
        on: push
        jobs:
          refresh:
            runs-on: ubuntu-latest
            steps:
              - run: psql "postgresql://postgres:${{ secrets.PW }}@db.abcdefghijklmnopqrst.supabase.co:5432/postgres" -c "select 1"
        """);
    try (var dns =
        FakeDnsServerAccess.start(
            Map.of("db.abcdefghijklmnopqrst.supabase.co.", List.of("2001:db8::5")))) {
      Scans.CliRun run =
          Scans.cli(
              "probe",
              repo.toString(),
              "--dns-server",
              "127.0.0.1:" + dns.port(),
              "--timeout",
              "1");
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out())
          .contains("SSOT501")
          .contains("has no A record (live DNS)")
          .contains("job refresh");
      Scans.CliRun sarif =
          Scans.cli(
              "probe",
              repo.toString(),
              "--dns-server",
              "127.0.0.1:" + dns.port(),
              "--timeout",
              "1",
              "--format",
              "sarif");
      assertThat(sarif.exitCode()).isEqualTo(1);
      assertThat(SarifSchema.errors(sarif.out())).isEmpty();
      JsonNode result =
          new ObjectMapper().readTree(sarif.out()).path("runs").get(0).path("results").get(0);
      assertThat(result.path("ruleId").asText()).isEqualTo("SSOT501");
      JsonNode location = result.path("locations").get(0).path("physicalLocation");
      assertThat(location.path("artifactLocation").path("uri").asText())
          .isEqualTo(".github/workflows/nightly.yml");
      assertThat(location.path("region").path("startLine").asInt()).isEqualTo(6);
    }
  }

  @Test
  void supersetWithoutCredentialsSaysWhatToSet() {
    Scans.CliRun run =
        Scans.cli(
            "probe",
            "--superset",
            "http://admin:CANARY-pw@127.0.0.1:9/",
            "--superset-token-env",
            "SSOT_TEST_NO_SUCH_VARIABLE",
            "--format",
            "json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"url\" : \"http://127.0.0.1:9/\"")
        .contains("no credentials. Fix: set SSOT_TEST_NO_SUCH_VARIABLE")
        .doesNotContain("CANARY");
    assertThat(run.out()).contains("\"targets\" : [ ]");
  }

  @Test
  void badTargetsAndOptionsExitTwoWithAFix() {
    Scans.CliRun notADatabase = Scans.cli("probe", "--target", "https://example.com");
    assertThat(notADatabase.exitCode()).isEqualTo(2);
    assertThat(notADatabase.err()).contains("Fix:");
    Scans.CliRun format = Scans.cli("probe", "--target", "postgresql://h/db", "--format", "sarif2");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(Scans.cli("probe", "--target", "postgresql://h/db", "--timeout", "0").exitCode())
        .isEqualTo(2);
    assertThat(Scans.cli("probe", "/nonexistent/ssot-probe-repo").exitCode()).isEqualTo(2);
    for (String bad : new String[] {"http://admin:CANARY pw@bi", "ftp://bi.example.com", "bi"}) {
      Scans.CliRun superset = Scans.cli("probe", "--superset", bad);
      assertThat(superset.exitCode()).as(bad).isEqualTo(2);
      assertThat(superset.err()).contains("--superset is not a URL").doesNotContain("CANARY");
    }
  }

  @Test
  void malformedTargetsAreUsageErrorsNamingTheProblem() {
    String[][] cases = {
      {"postgresql://u:CANARY%zz@h/db", "bad percent-encoding"},
      {"postgresql://u@h:-1/db", "port that is not a number from 1 to 65535"},
      {"postgresql://u@h:abc/db", "port that is not a number from 1 to 65535"},
      {"postgresql://u@h:99999/db", "port that is not a number from 1 to 65535"},
      {"postgresql://u@h:5432:5433/db", "more than one ':'"},
      {"postgresql://u@h1,h2/db", "several hosts"},
    };
    for (String[] c : cases) {
      Scans.CliRun run = Scans.cli("probe", "--target", c[0]);
      assertThat(run.exitCode()).as(c[0]).isEqualTo(2);
      assertThat(run.err()).as(c[0]).contains(c[1]).doesNotContain("CANARY");
    }
  }

  @Test
  void noTargetCheckedAndNothingToProbeAreNotSuccess(@TempDir Path repo) throws Exception {
    try (var dns = FakeDnsServerAccess.silentFor(List.of("silent.example.test."))) {
      Scans.CliRun run =
          Scans.cli(
              "probe",
              "--target",
              "postgresql://u@silent.example.test:5432/db",
              "--dns-server",
              "127.0.0.1:" + dns.port(),
              "--timeout",
              "1");
      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).contains("no target could be checked");
    }
    Files.writeString(repo.resolve("README.md"), "no databases here\n");
    Scans.CliRun empty = Scans.cli("probe", repo.toString());
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("nothing to probe");
    Scans.CliRun unset =
        Scans.cli(
            "probe",
            "--target",
            "postgresql://u@127.0.0.1:1/db",
            "--password-env",
            "SSOT_NO_SUCH_VAR");
    assertThat(unset.exitCode()).isEqualTo(2);
    assertThat(unset.err()).contains("--password-env SSOT_NO_SUCH_VAR is not set");
  }
}
