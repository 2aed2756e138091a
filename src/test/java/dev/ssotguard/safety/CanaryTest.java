package dev.ssotguard.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.probe.FakeDnsServerAccess;
import dev.ssotguard.testing.GitRepos;
import dev.ssotguard.testing.ReportSchema;
import dev.ssotguard.testing.SarifSchema;
import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A canary password planted in every place a credential can sit, scanned through every output
 * format: it must never appear in standard output, standard error or a written report.
 */
class CanaryTest {
  private static final String CANARY = "CANARY-pw-7f3a9";

  @TempDir Path temp;

  @Test
  void noFormatEverPrintsTheCanary() throws IOException {
    Path repo = plantCanaries(temp.resolve("repo"));
    StringBuilder everything = new StringBuilder();
    for (String format :
        new String[] {"text", "json", "sarif", "github", "markdown", "junit", "gitlab", "html"}) {
      Scans.CliRun run =
          Scans.cli("scan", repo.toString(), "--format", format, "--color", "always");
      assertThat(run.exitCode()).isEqualTo(1);
      everything.append(run.out()).append(run.err());
      Path file = temp.resolve("report." + format);
      Scans.CliRun toFile = Scans.cli("scan", repo.toString(), "--format", format + "=" + file);
      everything.append(toFile.out()).append(toFile.err()).append(Files.readString(file));
      if (format.equals("sarif")) {
        assertThat(SarifSchema.errors(Files.readString(file))).isEmpty();
      }
      if (format.equals("json")) {
        assertThat(ReportSchema.errors(Files.readString(file))).isEmpty();
      }
    }
    for (String[] args :
        new String[][] {
          {"inventory", repo.toString()},
          {"inventory", repo.toString(), "--format", "json"},
          {"matrix", repo.toString()},
          {"init", repo.toString(), "--output", "-"}
        }) {
      Scans.CliRun run = Scans.cli(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
      everything.append(run.out()).append(run.err());
    }
    String all = everything.toString();
    assertThat(all).contains("SSOT901", "SSOT401", "SSOT000", "Connection matrix", "version: 1");
    assertThat(all).doesNotContain(CANARY).doesNotContain("7f3a9");
  }

  @Test
  void prModeNeverPrintsTheCanaryEither() throws Exception {
    Path repo = plantCanaries(temp.resolve("pr"));
    GitRepos.commitAll(repo, "base");
    // Every file changes, so every finding of the full scan is the change's.
    try (Stream<Path> files = Files.walk(repo)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (!repo.relativize(f).startsWith(".git")) {
          Files.writeString(f, "\n", StandardOpenOption.APPEND);
        }
      }
    }
    StringBuilder everything = new StringBuilder();
    for (String format :
        new String[] {"text", "json", "sarif", "github", "markdown", "junit", "gitlab", "html"}) {
      Scans.CliRun run =
          Scans.cli("scan", repo.toString(), "--changed-since", "HEAD", "--format", format);
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      everything.append(run.out()).append(run.err());
    }
    assertThat(everything.toString())
        .contains("SSOT901")
        .doesNotContain(CANARY)
        .doesNotContain("7f3a9");
  }

  @Test
  void everyPlantedCredentialIsReported() throws IOException {
    Path repo = plantCanaries(temp.resolve("repo2"));
    long credentialFindings =
        Scans.findings(repo).stream().filter(f -> f.ruleId().equals("SSOT901")).count();
    assertThat(credentialFindings).isGreaterThanOrEqualTo(10 + 5);
    // Every secret parameter after each separator, but knex's one-letter "p", which only knex URLs
    // (pg://, mysql2://) use for the password.
    // The same user, host and database again in one file is one finding with the repeats as
    // related locations: every planted line is reported, as a finding or a related location.
    long inParams =
        Scans.findings(repo).stream()
            .filter(f -> f.ruleId().equals("SSOT901") && f.location().path().equals("params.env"))
            .mapToLong(f -> 1 + f.related().size())
            .sum();
    assertThat(inParams)
        .isEqualTo(2L * (KnowledgeLoader.builtin().secrets().secretParameters().size() - 1));
  }

  static Path plantCanaries(Path repo) throws IOException {
    write(
        repo,
        "production.env",
        "DATABASE_URL=postgresql://billing:"
            + CANARY
            + "@db-postgresql-nyc3-1-do-user-4-0.a.db.ondigitalocean.com:25060/b\n"
            + "DB_PASSWORD="
            + CANARY
            + "\n");
    write(
        repo,
        "compose.yaml",
        String.join(
            "\n",
            "services:",
            "  db:",
            "    image: postgres:16",
            "    environment:",
            "      POSTGRES_PASSWORD: " + CANARY,
            "  api:",
            "    image: acme/api:1",
            "    environment:",
            "      DATABASE_URL: postgresql://api:" + CANARY + "@db:5432/api",
            "  superset:",
            "    image: apache/superset:4.0.2",
            "    volumes:",
            "      - ./superset_config.py:/app/pythonpath/superset_config.py",
            "  n8n:",
            "    image: n8nio/n8n:1.70.0",
            "    environment:",
            "      DB_TYPE: mysqldb",
            "      DB_MYSQLDB_PASSWORD: " + CANARY,
            ""));
    write(
        repo,
        "superset_config.py",
        "SQLALCHEMY_DATABASE_URI = \"mysql://superset:" + CANARY + "@mysql:3306/superset\"\n");
    write(repo, "odoo.conf", "[options]\ndb_host = db.example.com\ndb_password = " + CANARY + "\n");
    write(
        repo,
        "src/main/resources/application.properties",
        "spring.datasource.url=jdbc:postgresql://db.example.com/app?user=app&password="
            + CANARY
            + "\n"
            + "spring.datasource.password="
            + CANARY
            + "\n");
    write(
        repo,
        "config/database.yml",
        "production:\n  adapter: postgresql\n  password: " + CANARY + "\n");
    write(
        repo,
        "app/db.py",
        "import psycopg2\nconn = psycopg2.connect(\"host=db.example.com dbname=app user=app password="
            + CANARY
            + "\")\n"
            + "DATABASE_PASSWORD = \""
            + CANARY
            + "\"\n");
    write(
        repo,
        "tests/smoke.sh",
        "psql 'postgresql://postgres:"
            + CANARY
            + "@db.abcdefghijklmnopqrst.supabase.co:5432/postgres'\n");
    write(repo, "broken.yaml", "password: \"" + CANARY + "\n  other: [\n");
    write(repo, "worker.env", "DATABASE_URL=sqlite:////data/jobs.db\n");
    // Every secret-bearing parameter of the one list, after each separator.
    StringBuilder params = new StringBuilder();
    int n = 0;
    for (String key : KnowledgeLoader.builtin().secrets().secretParameters()) {
      params
          .append("URL_")
          .append(n++)
          .append("=postgresql://app@db.example.com/app?sslmode=require&")
          .append(key)
          .append('=')
          .append(CANARY)
          .append('\n');
      params
          .append("URL_")
          .append(n++)
          .append("=mongodb://app@db.example.com/app?tls=true;")
          .append(key)
          .append('=')
          .append(CANARY)
          .append('\n');
    }
    write(repo, "params.env", params.toString());
    // Split and half-written forms.
    write(
        repo,
        "split/settings.py",
        "DATABASE_URL = (\"postgresql://app:" + CANARY + "\"\n    \"@db.example.com/app\")\n");
    write(repo, "split/deploy.sh", "psql postgresql://app:" + CANARY + "\\\n@db.example.com/app\n");
    write(
        repo,
        "split/values.yaml",
        "database:\n  url: >-\n    postgresql://app:" + CANARY + "\n    @db.example.com/app\n");
    write(
        repo,
        "split/comment.env",
        "DATABASE_URL=postgresql://app:" + CANARY + " # db @db.example.com\n");
    write(repo, "split/nohost.env", "DB_URL=postgresql://app:" + CANARY + "\n");
    Files.write(
        repo.resolve("latin1.env"),
        ("PGPASSWORD=" + CANARY + "\nNAME=caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
    return repo;
  }

  @Test
  void theProbeNeverPrintsTheCanary() throws Exception {
    Path repo = plantCanaries(temp.resolve("probe"));
    StringBuilder everything = new StringBuilder();
    try (var dns = FakeDnsServerAccess.start(Map.of())) {
      for (String format :
          new String[] {"text", "json", "sarif", "github", "markdown", "junit", "gitlab", "html"}) {
        for (String[] args :
            new String[][] {
              {"probe", "--target", "postgresql://app:" + CANARY + "@127.0.0.1:1/app"},
              {"probe", "--target", "mysql://app:" + CANARY + "@127.0.0.1:1/app"},
              {"probe", repo.toString()},
            }) {
          List<String> all = new ArrayList<>(List.of(args));
          all.addAll(
              List.of(
                  "--format", format, "--dns-server", "127.0.0.1:" + dns.port(), "--timeout", "1"));
          Scans.CliRun run = Scans.cli(all.toArray(String[]::new));
          everything.append(run.out()).append(run.err());
        }
      }
    }
    assertThat(everything.toString())
        .contains("127.0.0.1")
        .doesNotContain(CANARY)
        .doesNotContain("7f3a9");
  }

  private static void write(Path root, String rel, String content) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }
}
