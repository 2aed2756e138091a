package dev.ssotguard.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.fuzz.Bounded;
import dev.ssotguard.knowledge.KnowledgeLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Superset's answers as the probe reads them: whatever a server sends (broken JSON, odd shapes, a
 * datasource URI with its password unmasked), reading ends in bounded time with an answer or a
 * {@link ProbeException}, and the password reaches neither the error nor the printed report.
 */
class SupersetAnswerFuzzTest {
  private static final ConnectionStringParser PARSER = KnowledgeLoader.builtin().connectionParser();
  private static final List<String> SCHEMES =
      List.of(
          "postgresql://",
          "postgresql+psycopg2://",
          "mysql://",
          "sqlite+pysqlcipher://",
          "jdbc:h2:file:/d;PASSWORD=",
          "mssql://");

  @FuzzTest(maxDuration = "4m")
  void anyAnswer(FuzzedDataProvider data) {
    String password = "Zq" + Bounded.token(data, 6, 24) + "Qz";
    String listEntry = data.consumeString(200);
    String uriBefore = data.consumeString(20);
    String scheme = data.pickValue(SCHEMES);
    String user = Bounded.token(data, 0, 8);
    boolean withHost = data.consumeBoolean();
    String after = data.consumeRemainingAsString();
    String uri = uriBefore + scheme + user + ":" + password + (withHost ? "@" : "") + after;
    byte[] connection =
        ("{\"id\":1,\"result\":{\"sqlalchemy_uri\":\"" + uri + "\"}}")
            .getBytes(StandardCharsets.UTF_8);
    if (uri.indexOf(password) != uri.lastIndexOf(password)) {
      return; // the fuzzer repeated the password where it is not one
    }
    Bounded.timed(
        "read and judge",
        () -> {
          String shown;
          try {
            JsonNode entry =
                SupersetApi.readAnswer(listEntry.getBytes(StandardCharsets.UTF_8), "list");
            JsonNode answer = SupersetApi.readAnswer(connection, "connection");
            SupersetReport report =
                SupersetReport.judge(SupersetApi.datasource(entry, answer), PARSER);
            shown = new ProbeTextWriter().superset("http://bi", List.of(report), null);
          } catch (ProbeException e) {
            shown = new ProbeTextWriter().superset("http://bi", List.of(), e.getMessage());
          }
          assertThat(shown).doesNotContain(password);
          for (String line : shown.split("\n", -1)) {
            assertThat(line.length()).isLessThan(5_000);
            assertThat(line.chars()).noneMatch(c -> c < 0x20 && c != '\t');
          }
        });
  }
}
