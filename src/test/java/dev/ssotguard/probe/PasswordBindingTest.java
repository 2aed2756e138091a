package dev.ssotguard.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.policy.DomainPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 items 3 and 4: the probe never sends a password to a host the operator did not name,
 * never in clear or as MD5 without TLS, and a database name cannot carry connection settings.
 */
class PasswordBindingTest {
  private static final String CANARY = "CANARY-pw-7d1e";
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  @Test
  void aServerThatRefusesTlsAndAsksForACleartextPasswordGetsNone() throws Exception {
    for (int authCode : new int[] {3, 5}) {
      try (FakePostgresServer server = new FakePostgresServer(authCode)) {
        DatabaseLogin login =
            new DatabaseLogin("127.0.0.1", server.port(), "app", "app", CANARY, TIMEOUT);
        assertThatThrownBy(() -> new PostgresProbe().probe(login))
            .isInstanceOf(ProbeException.class)
            .hasMessageContaining("refuses to send")
            .hasMessageNotContaining(CANARY);
        assertThat(server.received()).contains("startup:").doesNotContain(CANARY);
        if (authCode == 5) {
          assertThat(server.received()).doesNotContain("md5");
        }
      }
    }
  }

  @Test
  void theEnvironmentPasswordIsNotSentToAHostTheRepositoryChose() throws Exception {
    try (FakePostgresServer server = new FakePostgresServer(3)) {
      Prober prober =
          new Prober(
              new DnsCheck(
                  new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 9),
                  TIMEOUT),
              TIMEOUT,
              new Passwords(
                  Map.of("PGPASSWORD", CANARY),
                  null,
                  null,
                  Path.of("/nonexistent"),
                  List.of("db.operator.example")));
      TargetReport report =
          prober.probe(
              target("postgresql://app@127.0.0.1:" + server.port() + "/app"),
              null,
              List.of(),
              DomainPolicy.builtin());
      assertThat(server.received()).doesNotContain(CANARY);
      assertThat(report.error()).contains("PGPASSWORD was not sent").doesNotContain(CANARY);
    }
  }

  @Test
  void aDatabaseNameCannotCarrySettings() throws Exception {
    String injected =
        "postgres%3FApplicationName%3DX%26options%3D-c%2520default_transaction_read_only"
            + "%253Doff%26readOnlyMode%3Dignore";
    try (FakePostgresServer server = new FakePostgresServer(0)) {
      Prober prober =
          new Prober(
              new DnsCheck(
                  new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 9),
                  TIMEOUT),
              TIMEOUT,
              new Passwords(Map.of(), null, null, Path.of("/nonexistent"), List.of()));
      for (String scheme : List.of("postgresql", "mysql")) {
        TargetReport report =
            prober.probe(
                target(scheme + "://app@127.0.0.1:" + server.port() + "/" + injected),
                null,
                List.of(),
                DomainPolicy.builtin());
        assertThat(report.error()).contains("the database name holds '?'");
      }
      assertThat(server.received()).doesNotContain("startup:");
    }
  }

  private static ConnectionString target(String url) {
    return KnowledgeLoader.builtin().connectionParser().parse(url).orElseThrow();
  }
}
