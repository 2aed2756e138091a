package dev.ssotguard.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.connection.SecretState;
import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 item 5: connection strings that are split or half-written are masked fail-closed, and
 * one list of secret-bearing keys and one query splitter serve parser, masking and redaction.
 */
class SplitCredentialTest {
  private static final String CANARY = "Kx9CANARYpw";
  private final ConnectionStringParser parser = KnowledgeLoader.builtin().connectionParser();

  @TempDir Path temp;

  @Test
  void aUrlWithoutAtHostIsMaskedAfterTheUser() {
    ConnectionString cs = parser.parse("postgresql://app:" + CANARY).orElseThrow();
    assertThat(cs.redacted()).isEqualTo("postgresql://app:****");
    assertThat(cs.password()).isEqualTo(SecretState.LITERAL);
    assertThat(cs.user()).isEqualTo("app");
    ConnectionString hosts = parser.parse("postgresql://h1:5432,h2:5433/db").orElseThrow();
    assertThat(hosts.redacted()).isEqualTo("postgresql://h1:5432,h2:5433/db");
    assertThat(hosts.hosts()).hasSize(2);
  }

  @Test
  void semicolonSeparatedSecretsAreMaskedLikeAmpersandOnes() {
    ConnectionString cs =
        parser
            .parse("mongodb://app@db.example.com/app?tls=true;sslpassword=" + CANARY + "&x=1")
            .orElseThrow();
    assertThat(cs.redacted())
        .isEqualTo("mongodb://app@db.example.com/app?tls=true;sslpassword=****&x=1");
  }

  @Test
  void splitAndHalfWrittenFormsNeverReachAnyOutput() throws IOException {
    Path repo = Files.createDirectories(temp.resolve("repo"));
    Files.writeString(
        repo.resolve("settings.py"),
        "DATABASE_URL = (\"postgresql://app:" + CANARY + "\"\n    \"@db.example.com/app\")\n");
    Files.writeString(
        repo.resolve("deploy.sh"), "psql postgresql://app:" + CANARY + "\\\n@db.example.com/app\n");
    Files.writeString(
        repo.resolve("values.yaml"),
        "database:\n  url: >-\n    postgresql://app:" + CANARY + "\n    @db.example.com/app\n");
    Files.writeString(
        repo.resolve(".env"),
        "DATABASE_URL=postgresql://app:" + CANARY + " # db @db.example.com\n");
    Files.writeString(repo.resolve("app.env"), "DB_URL=postgresql://app:" + CANARY + "\n");
    Files.writeString(
        repo.resolve("mongo.env"),
        "MONGO_URL=mongodb://app@db.example.com/app?tls=true;sslpassword=" + CANARY + "\n");
    assertThat(
            Scans.findings(repo).stream()
                .filter(f -> f.ruleId().equals("SSOT901"))
                .map(f -> f.location().path())
                .distinct()
                .sorted()
                .toList())
        .containsExactly(".env", "app.env", "deploy.sh", "mongo.env", "settings.py", "values.yaml");
    for (List<String> args :
        List.of(
            List.of("scan", repo.toString()),
            List.of("scan", repo.toString(), "--format", "json"),
            List.of("scan", repo.toString(), "--format", "sarif"),
            List.of("inventory", repo.toString()),
            List.of("inventory", repo.toString(), "--format", "json"),
            List.of("matrix", repo.toString()),
            List.of("init", repo.toString(), "--output", "-"))) {
      Scans.CliRun run = Scans.cli(args.toArray(String[]::new));
      assertThat(run.out() + run.err()).as(String.join(" ", args)).doesNotContain(CANARY);
    }
  }
}
