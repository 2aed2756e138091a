package dev.ssotguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.knowledge.Knowledge;
import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.policy.PolicyLoader;
import dev.ssotguard.testing.RuleIds;
import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ssot init}: a starter policy that suggests, never decides. */
class InitCommandTest {
  @TempDir Path repo;

  private void writeRepository() throws IOException {
    Files.writeString(
        repo.resolve("compose.yaml"),
        """
        services:
          legacy-erp-db:
            image: mariadb:11
          search:
            image: mongo:7
        """);
    Files.createDirectories(repo.resolve("db/reports"));
    Files.writeString(repo.resolve("db/reports/monthly.sql"), "select 1;\n");
  }

  @Test
  void suggestsWhatTheScanFoundAsCommentsThatLoadOnceUncommented() throws Exception {
    writeRepository();
    Scans.CliRun run = Scans.cli("init", repo.toString(), "--output", "-");
    assertThat(run.exitCode()).isZero();
    String yaml = run.out();
    assertThat(yaml)
        .contains(
            "#   - datastore: \"legacy-erp-db\"   # MariaDB, compose service at compose.yaml:2")
        .contains("#   - datastore: \"search\"   # MongoDB, compose service")
        .contains("#     - \"db/\"")
        .contains("version: 1");

    Path asIs = repo.resolve("as-is.yaml");
    Files.writeString(asIs, yaml);
    Knowledge k = KnowledgeLoader.builtin();
    PolicyLoader loader =
        new PolicyLoader(
            k.runtimes().byId().keySet(),
            RuleIds.all(),
            k.tools().stream().map(t -> t.id()).collect(Collectors.toSet()));
    assertThat(loader.load(asIs, "as-is.yaml").mysql()).isEmpty();

    StringBuilder uncommented = new StringBuilder("version: 1\n");
    boolean inSection = false;
    for (String line : yaml.lines().toList()) {
      if (line.equals("# mysql:") || line.equals("# roles:") || line.equals("# sql:")) {
        inSection = true;
      } else if (line.isBlank()) {
        inSection = false;
      }
      if (inSection) {
        uncommented.append(line.substring(2)).append('\n');
      }
    }
    Path decided = repo.resolve("decided.yaml");
    Files.writeString(decided, uncommented.toString());
    var policy = loader.load(decided, "decided.yaml");
    assertThat(policy.mysql()).hasSize(1);
    assertThat(policy.roles()).hasSize(1);
    assertThat(policy.sql().allows("db/reports/monthly.sql")).isTrue();
  }

  @Test
  void suggestsDatastoresThatOnlyAConnectionStringNames() throws Exception {
    Files.createDirectories(repo);
    Files.writeString(
        repo.resolve("production.env"),
        """
        DATABASE_URL=mysql://app:${PW}@legacy-db.internal:3306/shop
        EVENTS_URL=mongodb://events.internal:27017/e
        """);
    String yaml = Scans.cli("init", repo.toString(), "--output", "-").out();
    assertThat(yaml)
        .contains("#   - datastore: \"legacy-db.internal\"   # MySQL, connection string at")
        .contains("#   - datastore: \"events.internal\"   # MongoDB, connection string at")
        .doesNotContain("no undeclared MySQL")
        .doesNotContain("every datastore the scan found has a role");
  }

  @Test
  void writesTheFileOnceAndOverwritesOnlyWithForce() throws Exception {
    writeRepository();
    Scans.CliRun first = Scans.cli("init", repo.toString());
    assertThat(first.exitCode()).isZero();
    assertThat(repo.resolve("ssot-policy.yaml")).exists();
    Scans.CliRun again = Scans.cli("init", repo.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("already exists").contains("--force");
    assertThat(Scans.cli("init", repo.toString(), "--force").exitCode()).isZero();
  }
}
