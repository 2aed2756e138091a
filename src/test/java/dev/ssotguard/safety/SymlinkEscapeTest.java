package dev.ssotguard.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.testing.Scans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 item 9: files a repository refers to are read only when their real path is under the
 * scan root, so a folder symlink cannot publish what lies elsewhere on the runner.
 */
class SymlinkEscapeTest {
  @TempDir Path temp;

  @Test
  void referencedFilesBehindAFolderSymlinkAreNotRead() throws Exception {
    Path outside = Files.createDirectories(temp.resolve("runner-secrets"));
    Files.writeString(
        outside.resolve("prod.env"),
        "DATABASE_URL=postgresql://leaked_user@leaked-host.internal.example/leaked_db\n");
    Files.writeString(
        outside.resolve("superset_config.py"),
        "SQLALCHEMY_DATABASE_URI = 'mysql://leaked-py.internal.example/x'\n");
    Path repo = Files.createDirectories(temp.resolve("repo"));
    Files.createSymbolicLink(repo.resolve("lnk"), outside);
    Files.writeString(
        repo.resolve("compose.yaml"),
        """
        services:
          app:
            image: example/app:1
            env_file: lnk/prod.env
          superset:
            image: apache/superset:4.0.2
            volumes:
              - ./lnk/superset_config.py:/app/pythonpath/superset_config.py
        """);
    for (List<String> args :
        List.of(
            List.of("scan", repo.toString(), "--format", "json"),
            List.of("inventory", repo.toString(), "--format", "json"),
            List.of("matrix", repo.toString()))) {
      Scans.CliRun run = Scans.cli(args.toArray(String[]::new));
      assertThat(run.out()).as(args.get(0)).doesNotContain("leaked");
    }
    // Inside the root, the same layout is read.
    Path inside = Files.createDirectories(repo.resolve("conf"));
    Files.writeString(
        inside.resolve("superset_config.py"),
        "SQLALCHEMY_DATABASE_URI = 'mysql://db.inside.example/x'\n");
    Files.writeString(
        repo.resolve("compose.yaml"),
        Files.readString(repo.resolve("compose.yaml")).replace("./lnk/", "./conf/"));
    assertThat(Scans.cli("scan", repo.toString(), "--format", "json").out())
        .contains("db.inside.example");
  }
}
