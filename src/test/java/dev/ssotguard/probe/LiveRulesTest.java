package dev.ssotguard.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.policy.DomainPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Live findings, judged from what a probe saw (RULES.md and DOMAIN.md §1, §6). */
class LiveRulesTest {
  private static List<String> rules(String host, DatabaseReport db) {
    return LiveRules.judge(host, List.of(), db, List.of(), DomainPolicy.builtin()).stream()
        .map(LiveFinding::ruleId)
        .toList();
  }

  private static DatabaseReport postgres(
      String tls, List<String> hints, List<DatabaseReport.Fingerprint> tools) {
    return new DatabaseReport("postgresql", "16", tls, "app", "app", hints, tools, List.of(), null);
  }

  private static final List<DatabaseReport.Fingerprint> N8N =
      List.of(
          new DatabaseReport.Fingerprint(
              "n8n", "public", List.of("workflow_entity", "execution_entity")));

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
            N8N,
            List.of(new DatabaseReport.LiveRoutine("erp", "TRIGGER", "audit")),
            "ON");
    assertThat(rules("10.0.0.5", db)).containsExactly("SSOT204", "SSOT201");
  }

  @Test
  void postgresWithTlsOffIsAWarningOnlyForRemoteHosts() {
    assertThat(rules("db.acme-corp.io", postgres("off", List.of(), List.of())))
        .containsExactly("SSOT902");
    assertThat(rules("127.0.0.1", postgres("off", List.of(), List.of()))).isEmpty();
    assertThat(rules("db.acme-corp.io", postgres("TLSv1.3", List.of(), List.of()))).isEmpty();
  }

  @Test
  void anAaaaOnlyHostWithIpv4OnlyClientsIsSsot501() {
    List<DnsAnswer> dns =
        List.of(
            new DnsAnswer("A", DnsAnswer.Outcome.NO_RECORD, List.of()),
            new DnsAnswer("AAAA", DnsAnswer.Outcome.ADDRESSES, List.of("2001:db8::5")));
    String host = "db.abcdefghijklmnopqrst.supabase.co";
    assertThat(
            LiveRules.judge(
                host, dns, null, List.of("workflow ci.yml job migrate"), DomainPolicy.builtin()))
        .extracting(LiveFinding::ruleId)
        .containsExactly("SSOT501");
    assertThat(LiveRules.judge(host, dns, null, List.of(), DomainPolicy.builtin())).isEmpty();
  }

  @Test
  void toolMetadataOnAProviderThePolicyDoesNotNameIsSsot102() {
    // Built-in §1 table: tool metadata belongs on DO Managed Postgres or Supabase.
    assertThat(rules("10.0.0.9", postgres("TLSv1.3", List.of(), N8N))).containsExactly("SSOT102");
    assertThat(rules("10.0.0.9", postgres("TLSv1.3", List.of("supabase: role authenticator"), N8N)))
        .isEmpty();
    assertThat(
            rules(
                "db-postgresql-fra1-1-do-user-1-0.b.db.ondigitalocean.com",
                postgres("TLSv1.3", List.of(), N8N)))
        .isEmpty();
  }
}
