package dev.ssotguard.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real-world connection strings (src/test/resources/connection/connection-strings.tsv). */
class ConnectionStringParserTest {
  private static final Path TABLE = Path.of("src/test/resources/connection/connection-strings.tsv");
  private final ConnectionStringParser parser = KnowledgeLoader.builtin().connectionParser();

  static Stream<Arguments> table() throws IOException {
    return Files.readAllLines(TABLE, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> Arguments.of((Object[]) l.split("\t", -1)));
  }

  @Test
  void tableHoldsAtLeastEightyForms() throws IOException {
    assertThat(table().count()).isGreaterThanOrEqualTo(80);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void parsesAndClassifies(
      String input,
      String engine,
      String syntax,
      String endpoint,
      String host,
      String port,
      String user,
      String password,
      String database,
      String memory,
      String secret) {
    Optional<ConnectionString> parsed = parser.parse(input);
    assertThat(parsed).as("parsed %s", input).isPresent();
    ConnectionString cs = parsed.get();
    assertThat(cs.engine()).as("engine").isEqualTo(Engine.valueOf(engine));
    assertThat(cs.syntax()).as("syntax").isEqualTo(ConnectionString.Syntax.valueOf(syntax));
    assertThat(cs.endpoint()).as("endpoint").isEqualTo(EndpointClass.valueOf(endpoint));
    assertThat(cs.host()).as("host").isEqualTo(dash(host));
    assertThat(cs.port()).as("port").isEqualTo(Integer.parseInt(port));
    assertThat(cs.user()).as("user").isEqualTo(dash(user));
    assertThat(cs.password()).as("password state").isEqualTo(SecretState.valueOf(password));
    assertThat(cs.database()).as("database").isEqualTo(dash(database));
    assertThat(cs.inMemory()).as("in memory").isEqualTo(Boolean.parseBoolean(memory));
    if (!secret.equals("-")) {
      assertThat(cs.redacted()).as("redacted form").doesNotContain(secret).contains("****");
      assertThat(cs.toString()).doesNotContain(secret);
    }
  }

  /** "-" in the table stands for an empty value. */
  private static String dash(String cell) {
    return cell.equals("-") ? "" : cell;
  }

  @Test
  void findsConnectionStringsInsideLines() {
    List<ConnectionString> found =
        parser.findAll(
            "      - run: psql \"postgresql://postgres:${{ secrets.PW }}@db.abcdefghijklmnopqrst.supabase.co:5432/postgres\""
                + " -f a.sql && redis-cli -u redis://cache:6379");
    assertThat(found)
        .extracting(ConnectionString::engine)
        .containsExactly(Engine.POSTGRESQL, Engine.REDIS);
    assertThat(found.get(0).password()).isEqualTo(SecretState.VARIABLE);
    assertThat(found.get(0).endpoint()).isEqualTo(EndpointClass.SUPABASE_DIRECT);
    assertThat(found.get(0).start()).isEqualTo(19);
  }

  @Test
  void ignoresUnknownSchemesAndProse() {
    assertThat(parser.findAll("see https://example.com and ftp://files and mypostgresql://x"))
        .isEmpty();
    assertThat(parser.findAll("no urls here at all")).isEmpty();
  }

  @Test
  void staysLinearOnHostileLines() {
    String hostile = "a".repeat(3_000_000) + "://" + "b".repeat(3_000_000) + ":".repeat(100_000);
    long start = System.nanoTime();
    assertThat(parser.findAll(hostile)).isEmpty();
    assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
  }

  /**
   * A long quoted keyword-DSN value once overflowed the regex engine's stack (a fuzzer finding).
   */
  @Test
  void longQuotedValuesDoNotOverflowTheStack() {
    String quoted = "host=db dbname=app options='" + "x".repeat(200_000) + "' password=pw1";
    assertThat(parser.parse(quoted)).isPresent();
    String escapes = "host=db dbname='" + "\\'".repeat(50_000) + "'";
    parser.findAll(escapes);
  }
}
