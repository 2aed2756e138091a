package dev.ssotguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole scan (every extractor, the generic text scanner, the resolvers, the rules and the
 * writers) on a fuzzed file of each kind, with a password planted in a connection string: no
 * internal error, bounded time, and the password in no output.
 */
class ScanFuzzTest {
  private static final List<String> NAMES =
      List.of(
          "compose.yaml",
          ".env",
          "superset_config.py",
          "settings.py",
          "application.properties",
          "main.tf",
          "odoo.conf",
          "db/schema.sql",
          "README.md",
          ".github/workflows/ci.yml",
          "k8s/deploy.yaml",
          "schema.prisma",
          "Dockerfile",
          ".pgpass",
          "app.json");
  private static final String PASSWORD = "Qz7wPlantedPw9x";

  @FuzzTest(maxDuration = "4m")
  void anyFileOfAnyKind(FuzzedDataProvider data) throws IOException {
    String name = data.pickValue(NAMES);
    String planted =
        data.pickValue(
            List.of(
                "DATABASE_URL=postgresql://app:" + PASSWORD + "@db.example.com/app\n",
                "url: \"mysql://app:" + PASSWORD + "\"\n",
                "x = 'postgresql://app:" + PASSWORD + "' \\\n '@db.example.com/app'\n",
                "mongodb://app@db.example.com/app?tls=true;sslpassword=" + PASSWORD + "\n",
                "host=db.example.com user=app password=" + PASSWORD + " dbname=app\n"));
    String content = data.consumeRemainingAsString();
    int cut = content.isEmpty() ? 0 : Math.floorMod(content.hashCode(), content.length() + 1);
    String text = content.substring(0, cut) + planted + content.substring(cut);
    Path repo = Files.createTempDirectory("ssot-scan-fuzz");
    try {
      Path file = repo.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
      // Five whole runs per input, each loading and instrumenting classes the first time a path is
      // taken: this bound catches hangs; the parsers' own targets bound their time tightly.
      Bounded.timed(
          "scan",
          Duration.ofSeconds(90),
          () -> {
            for (String format : List.of("text", "json", "sarif")) {
              Scans.CliRun run = Scans.cli("scan", repo.toString(), "--format", format);
              assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
              assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
            }
            Scans.CliRun inventory = Scans.cli("inventory", repo.toString(), "--format", "json");
            assertThat(inventory.out() + inventory.err()).doesNotContain(PASSWORD);
          });
    } finally {
      try (Stream<Path> walk = Files.walk(repo)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
