package dev.ssotguard.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ssotguard.formats.python.PyEvaluator;
import dev.ssotguard.formats.python.PyEvaluator.Binding;
import dev.ssotguard.formats.python.PyModule;
import dev.ssotguard.formats.python.PythonAssignments;
import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 item 1: Python values are evaluated within a size and step budget. */
class BoundedEvaluationTest {
  @TempDir Path temp;

  @Test
  void anFStringRepeatingABigVariableIsUnknownNotMegabytes() throws IOException {
    Path repo =
        supersetRepo(
            "BIG = '"
                + "a".repeat(50_000)
                + "'\n"
                + "SQLALCHEMY_DATABASE_URI = f\""
                + "{BIG}".repeat(16_000)
                + "\"\n");
    assertThat(Files.size(repo.resolve("superset_config.py"))).isGreaterThan(90_000);

    Scans.CliRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> Scans.cli("scan", repo.toString(), "--format", "json"));

    assertThat(run.exitCode()).isIn(0, 1);
    assertThat(run.out().length()).isLessThan(200_000);
    assertThat(run.out()).doesNotContain("a".repeat(MAX_SHOWN_RUN));
  }

  @Test
  void aSumOfManyTermsParsesAndEvaluatesInLinearTime() throws IOException {
    String source = "x = 'postgresql://h/db'\nURI = x" + " + x".repeat(900_000) + "\n";
    PyModule module =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PythonAssignments.parse(source));
    PyEvaluator.Value value =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () ->
                new PyEvaluator(module, k -> Binding.unknown())
                    .evaluate(module.lastAssignment("URI").value()));
    assertThat(value.complete()).isFalse();
    assertThat(value.text().length()).isLessThanOrEqualTo(8 * 1024);
  }

  @Test
  void valuesWithinTheBudgetAreStillWorkedOut() {
    PyModule module =
        PythonAssignments.parse(
            "HOST = 'db.example.com'\nURI = 'postgresql://app@' + HOST + '/' + 'app' " + "\n");
    PyEvaluator.Value value =
        new PyEvaluator(module, k -> Binding.unknown())
            .evaluate(module.lastAssignment("URI").value());
    assertThat(value.complete()).isTrue();
    assertThat(value.text()).isEqualTo("postgresql://app@db.example.com/app");
  }

  @Test
  void aHugeHostNameIsQuotedClipped() throws IOException {
    Path repo = temp.resolve("host");
    Files.createDirectories(repo);
    String host = "h".repeat(1_900_000) + ".example.com";
    Files.writeString(
        repo.resolve("app.env"), "DATABASE_URL=mysql://app:s3cr3tValue@" + host + "/app\n");

    Scans.CliRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> Scans.cli("scan", repo.toString(), "--max-file-size", "4194304"));

    assertThat(run.out().length()).as(run.err()).isLessThan(20_000);
    assertThat(run.out()).doesNotContain("s3cr3tValue").contains("more characters");
  }

  private static final int MAX_SHOWN_RUN = 201;

  private Path supersetRepo(String config) throws IOException {
    Path repo = temp.resolve("superset");
    Files.createDirectories(repo);
    Files.writeString(
        repo.resolve("compose.yaml"),
        """
        services:
          superset:
            image: apache/superset:4.0.2
            volumes:
              - ./superset_config.py:/app/pythonpath/superset_config.py
        """);
    Files.writeString(repo.resolve("superset_config.py"), config);
    return repo;
  }
}
