package dev.ssotguard.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Code templates, regular expressions and keyword arguments are not connection strings. */
class NotConnectionStringsTest {
  private static final Path TABLE =
      Path.of("src/test/resources/connection/not-connection-strings.txt");
  private final ConnectionStringParser parser = KnowledgeLoader.builtin().connectionParser();

  static Stream<String> lines() throws IOException {
    return Files.readAllLines(TABLE, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void findsNothing(String line) {
    assertThat(parser.findAll(line)).isEmpty();
  }

  @Test
  void aConfigurationVariableHostIsStillADatastore() {
    assertThat(parser.parse("mysql://${DB_USER}:${DB_PASS}@${DB_HOST}:3306/shop"))
        .hasValueSatisfying(cs -> assertThat(cs.engine()).isEqualTo(Engine.MYSQL));
    assertThat(parser.parse("postgresql://app:%(password)s@db:5432/app"))
        .hasValueSatisfying(cs -> assertThat(cs.host()).isEqualTo("db"));
    assertThat(parser.parse("postgresql://u:p%d3x@db.example-corp.net/app")).isPresent();
    assertThat(parser.findAll("DSN=host=db.internal dbname=app user=app password=${PGPASSWORD}"))
        .hasSize(1);
  }

  @Test
  void aLiteralPasswordBesideATemplateHostIsKept() {
    assertThat(parser.parse("postgresql://reporter:Pl41n-T3xt@{host}:5432/reports"))
        .hasValueSatisfying(cs -> assertThat(cs.password()).isEqualTo(SecretState.LITERAL));
  }
}
