package dev.ssotguard.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.policy.DomainPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProbeRunnerTest {
  private static ProbeRunner.Job job(String url) {
    return new ProbeRunner.Job(
        KnowledgeLoader.builtin().connectionParser().parse(url).orElseThrow(),
        null,
        List.of(),
        DomainPolicy.builtin());
  }

  @Test
  void keepsTheTargetsOrderAndGivesUpAtTheDeadline() throws Exception {
    try (FakeDnsServer dns = new FakeDnsServer(Map.of(), List.of("slow.example.test."))) {
      Prober prober =
          new Prober(
              new DnsCheck(dns.address(), Duration.ofSeconds(3)),
              Duration.ofSeconds(3),
              new Passwords(
                  Map.of(), null, null, java.nio.file.Path.of("/nonexistent"), List.of()));
      long start = System.nanoTime();
      List<TargetReport> reports =
          new ProbeRunner(prober, 4, Duration.ofMillis(500))
              .run(
                  List.of(
                      job("postgresql://u@slow.example.test:5432/db"),
                      job("postgresql://u@127.0.0.1:1/db"),
                      job("mysql://u@127.0.0.1:1/db")));
      assertThat(reports)
          .extracting(TargetReport::host)
          .containsExactly("slow.example.test", "127.0.0.1", "127.0.0.1");
      assertThat(reports.get(0).error()).contains("gave up after");
      assertThat(reports.get(1).tcp())
          .extracting(TcpCheck.Result::outcome)
          .containsExactly("refused");
      assertThat(reports.get(2).engine()).isEqualTo("mysql");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void aJobNeverPrintsItsPassword() {
    ProbeRunner.Job j =
        new ProbeRunner.Job(
            KnowledgeLoader.builtin().connectionParser().parse("postgresql://u@h/db").orElseThrow(),
            "CANARY-pw",
            List.of(),
            DomainPolicy.builtin());
    assertThat(j.toString()).doesNotContain("CANARY");
  }
}
