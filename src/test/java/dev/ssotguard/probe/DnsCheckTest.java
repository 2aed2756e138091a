package dev.ssotguard.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DnsCheckTest {
  private static final Map<String, List<String>> ZONE =
      Map.of(
          "db.abcdefghijklmnopqrst.supabase.co.", List.of("2406:da18:243:740f::1"),
          "v4only.example.test.", List.of("203.0.113.7"),
          "both.example.test.", List.of("203.0.113.8", "2001:db8::8"));

  @Test
  void asksAAndAaaaSeparatelyAndTellsNoRecordFromNoSuchName() throws Exception {
    try (FakeDnsServer server = new FakeDnsServer(ZONE, List.of())) {
      DnsCheck dns = new DnsCheck(server.address(), Duration.ofSeconds(2));
      assertThat(dns.resolve("db.abcdefghijklmnopqrst.supabase.co"))
          .containsExactly(
              new DnsAnswer("A", DnsAnswer.Outcome.NO_RECORD, List.of()),
              new DnsAnswer(
                  "AAAA", DnsAnswer.Outcome.ADDRESSES, List.of("2406:da18:243:740f:0:0:0:1")));
      assertThat(dns.resolve("v4only.example.test"))
          .containsExactly(
              new DnsAnswer("A", DnsAnswer.Outcome.ADDRESSES, List.of("203.0.113.7")),
              new DnsAnswer("AAAA", DnsAnswer.Outcome.NO_RECORD, List.of()));
      assertThat(dns.resolve("both.example.test"))
          .allMatch(a -> a.outcome() == DnsAnswer.Outcome.ADDRESSES);
      assertThat(dns.resolve("missing.example.test"))
          .extracting(DnsAnswer::outcome)
          .containsExactly(DnsAnswer.Outcome.NO_SUCH_NAME, DnsAnswer.Outcome.NO_SUCH_NAME);
    }
  }

  @Test
  void aSilentServerIsATimeoutWithinTheLimit() throws Exception {
    try (FakeDnsServer server = new FakeDnsServer(ZONE, List.of("slow.example.test."))) {
      DnsCheck dns = new DnsCheck(server.address(), Duration.ofMillis(500));
      long start = System.nanoTime();
      assertThat(dns.resolve("slow.example.test"))
          .extracting(DnsAnswer::outcome)
          .containsExactly(DnsAnswer.Outcome.TIMEOUT, DnsAnswer.Outcome.TIMEOUT);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }
}
