package dev.ssotguard.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.policy.DomainPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveRulesTest {
  private static TargetReport on(String host, DatabaseReport db) {
    return new TargetReport(
        "x",
        db.engine(),
        host,
        3306,
        List.of(),
        List.of(),
        db,
        null,
        List.of(),
        DomainPolicy.builtin());
  }

  @Test
  void mysqlRoutinesAndToolMetadataBreakThePolicy() {
    DatabaseReport db =
        new DatabaseReport(
            "mariadb",
            "10.11",
            "TLSv1.3",
            "root",
            "erp",
            List.of(),
            List.of(
                new DatabaseReport.Fingerprint(
                    "n8n", "erp", List.of("workflow_entity", "execution_entity"))),
            List.of(new DatabaseReport.LiveRoutine("erp", "TRIGGER", "audit")),
            "ON");
    assertThat(on("10.0.0.5", db).findings())
        .extracting(LiveFinding::ruleId)
        .containsExactly("SSOT204", "SSOT201");
  }

  @Test
  void postgresWithTlsOffIsAWarningOnlyForRemoteHosts() {
    DatabaseReport db =
        new DatabaseReport(
            "postgresql", "15", "off", "app", "app", List.of(), List.of(), List.of(), null);
    assertThat(on("db.example.com", db).findings())
        .extracting(LiveFinding::ruleId)
        .containsExactly("SSOT902");
    assertThat(on("127.0.0.1", db).findings()).isEmpty();
    DatabaseReport encrypted =
        new DatabaseReport(
            "postgresql", "15", "TLSv1.3", "app", "app", List.of(), List.of(), List.of(), null);
    assertThat(on("db.example.com", encrypted).findings()).isEmpty();
  }

  @Test
  void anAaaaOnlyHostWithIpv4OnlyClientsIsSsot501() {
    List<DnsAnswer> dns =
        List.of(
            new DnsAnswer("A", DnsAnswer.Outcome.NO_RECORD, List.of()),
            new DnsAnswer("AAAA", DnsAnswer.Outcome.ADDRESSES, List.of("2001:db8::5")));
    TargetReport seen =
        new TargetReport(
            "x",
            "postgresql",
            "db.abcdefghijklmnopqrst.supabase.co",
            5432,
            dns,
            List.of(),
            null,
            "no session",
            List.of("workflow ci.yml job migrate"),
            DomainPolicy.builtin());
    assertThat(seen.findings()).extracting(LiveFinding::ruleId).containsExactly("SSOT501");
    TargetReport noClients =
        new TargetReport(
            "x",
            "postgresql",
            "db.x.supabase.co",
            5432,
            dns,
            List.of(),
            null,
            "no session",
            List.of(),
            DomainPolicy.builtin());
    assertThat(noClients.findings()).isEmpty();
  }

  @Test
  void toolMetadataOnAProviderThePolicyDoesNotNameIsSsot102() {
    DatabaseReport selfHosted =
        new DatabaseReport(
            "postgresql",
            "16",
            "TLSv1.3",
            "n8n",
            "n8n",
            List.of(),
            List.of(
                new DatabaseReport.Fingerprint(
                    "n8n", "public", List.of("workflow_entity", "execution_entity"))),
            List.of(),
            null);
    assertThat(on("10.0.0.9", selfHosted).findings())
        .extracting(LiveFinding::ruleId)
        .containsExactly("SSOT102");
    DatabaseReport onSupabase =
        new DatabaseReport(
            "postgresql",
            "16",
            "TLSv1.3",
            "n8n",
            "n8n",
            List.of("supabase: role authenticator"),
            selfHosted.fingerprints(),
            List.of(),
            null);
    assertThat(on("10.0.0.9", onSupabase).findings()).isEmpty();
  }
}
