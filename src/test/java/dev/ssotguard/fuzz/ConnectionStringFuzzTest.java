package dev.ssotguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.probe.SupersetApi;
import dev.ssotguard.probe.SupersetReport;
import dev.ssotguard.report.RedactionProbe;
import java.util.List;

/**
 * The connection-string parser and scanner, and the redaction invariant: a password written in a
 * connection string (whatever surrounds it, whatever separator precedes it) never appears in what
 * the parser keeps, what the redaction boundary lets out, or what the probe's Superset report
 * shows.
 */
class ConnectionStringFuzzTest {
  private static final ConnectionStringParser PARSER = KnowledgeLoader.builtin().connectionParser();
  private static final List<String> SCHEMES =
      List.of(
          "postgresql://",
          "postgres://",
          "mysql://",
          "mysql+pymysql://",
          "mongodb://",
          "jdbc:postgresql://",
          "redis://",
          "pg://",
          "mariadb://",
          "sqlite+pysqlcipher://",
          "jdbc:h2:file:/data/app;USER=sa;PASSWORD=");
  private static final List<String> SECRET_KEYS =
      List.of("password", "pwd", "pass", "passwd", "sslpassword", "secret", "p");

  @FuzzTest(maxDuration = "4m")
  void passwordsNeverLeaveTheParser(FuzzedDataProvider data) {
    String password = "Zq" + Bounded.token(data, 6, 24) + "Qz";
    String before = data.consumeString(40);
    String scheme = data.pickValue(SCHEMES);
    String user = Bounded.token(data, 0, 8);
    int form = data.consumeInt(0, 3);
    String host = data.consumeString(30);
    String after = data.consumeRemainingAsString();
    String url =
        switch (form) {
          case 0 -> scheme + user + ":" + password + "@" + host + after;
          case 1 -> scheme + user + ":" + password + after; // no @host: fail closed
          case 2 ->
              scheme
                  + user
                  + "@"
                  + host
                  + "/db?x=1"
                  + (after.isEmpty() ? "&" : ";")
                  + SECRET_KEYS.get(Math.abs(after.length()) % SECRET_KEYS.size())
                  + "="
                  + password;
          default -> "host=" + host + " user=" + user + " password=" + password + " dbname=db";
        };
    String text = before + url;
    if (text.indexOf(password) != text.lastIndexOf(password)) {
      return; // the fuzzer repeated the password elsewhere, where it is not a password
    }
    Bounded.timed(
        "parse",
        () -> {
          for (ConnectionString cs : PARSER.findAll(text)) {
            assertThat(cs.redacted()).doesNotContain(password);
            assertThat(cs.params().values()).noneMatch(v -> v.contains(password));
            assertThat(cs.start()).isBetween(0, text.length());
            assertThat(cs.end()).isBetween(cs.start(), text.length());
          }
          PARSER.parse(url).ifPresent(cs -> assertThat(cs.redacted()).doesNotContain(password));
          assertThat(RedactionProbe.scrub("value " + url + " here")).doesNotContain(password);
          String shown =
              SupersetReport.judge(new SupersetApi.Datasource(1, "d", "b", url), PARSER).toString();
          assertThat(shown).doesNotContain(password);
        });
  }

  @FuzzTest(maxDuration = "4m")
  void anyTextScansInBoundedTime(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Bounded.timed(
        "findAll",
        () -> {
          for (ConnectionString cs : PARSER.findAll(text)) {
            assertThat(cs.end()).isLessThanOrEqualTo(text.length());
          }
        });
  }
}
