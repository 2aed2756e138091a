package dev.ssotguard.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 item 2: ignore patterns match as git's wildmatch does, without backtracking. The oracle
 * is {@code git check-ignore} on generated patterns and names.
 */
class WildmatchTest {
  private static final String[] PATTERN_PARTS = {
    "a",
    "b",
    "ab",
    "*",
    "**",
    "?",
    "/",
    "[ab]",
    "[!a]",
    "[^b]",
    "[a-c]",
    "[[:alpha:]]",
    "\\*",
    ".",
    "é",
    "[]a]",
    "[a-]",
    "x"
  };
  private static final String[] NAME_PARTS = {
    "a", "b", "ab", "ba", "aab", "c", ".a", "*", "é", "x"
  };

  @TempDir Path temp;

  @Test
  void agreesWithGitCheckIgnoreOnGeneratedPatternsAndNames() throws Exception {
    assumeTrue(run(temp, null, "git", "--version").exitCode() == 0, "git is not installed");
    Random random = new Random(20261201);
    Path repo = temp.resolve("repo");
    Files.createDirectories(repo);
    assertThat(run(repo, null, "git", "init", "-q").exitCode()).isZero();
    Map<String, IgnoreFile> ignoreFiles = new LinkedHashMap<>();
    Map<String, Boolean> paths = new LinkedHashMap<>();
    for (int set = 0; set < 300; set++) {
      String dir = "p" + set;
      StringBuilder lines = new StringBuilder();
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        lines.append(random.nextInt(5) == 0 ? "!" : "").append(pattern(random)).append('\n');
      }
      Files.createDirectories(repo.resolve(dir));
      Files.writeString(repo.resolve(dir).resolve(".gitignore"), lines);
      ignoreFiles.put(dir, IgnoreFile.parse(lines.toString().getBytes(StandardCharsets.UTF_8)));
      for (int n = 0; n < 12; n++) {
        String path = name(random);
        boolean directory = random.nextBoolean();
        if (paths.keySet().stream().anyMatch(p -> p.startsWith(dir + "/" + path + "/"))
            || paths.containsKey(dir + "/" + path)) {
          continue;
        }
        Path target = repo.resolve(dir).resolve(path);
        try {
          if (directory) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            Files.writeString(target, "x");
          }
        } catch (IOException e) {
          continue; // a file already stands where a folder is wanted
        }
        paths.put(dir + "/" + path, directory);
      }
    }
    StringBuilder stdin = new StringBuilder();
    paths.keySet().forEach(p -> stdin.append(p).append('\0'));
    Result out =
        run(
            repo,
            stdin.toString(),
            "git",
            "-c",
            "core.excludesFile=/dev/null",
            "check-ignore",
            "--no-index",
            "--stdin",
            "-z",
            "-v",
            "-n");
    String[] fields = out.out().split("\0", -1);
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i + 3 < fields.length; i += 4) {
      String pattern = fields[i + 2];
      String path = fields[i + 3];
      boolean gitIgnored = !pattern.isEmpty() && !pattern.startsWith("!");
      String dir = path.substring(0, path.indexOf('/'));
      boolean ours =
          ignored(ignoreFiles.get(dir), path.substring(dir.length() + 1), paths.get(path));
      if (ours != gitIgnored) {
        disagreements.add(
            path + " (" + Files.readString(repo.resolve(dir).resolve(".gitignore")) + ")");
      }
    }
    assertThat(fields.length / 4).isGreaterThan(1000);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void starsDoNotBacktrack() throws Exception {
    Wildmatch w = Wildmatch.compile("*a*a*a*a*a*a*a*a*a*a*b");
    String name = "a".repeat(40);
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          for (int i = 0; i < 1000; i++) {
            assertThat(w.matches(name)).isFalse();
          }
        });
    assertThat(w.matches("a".repeat(10) + "b")).isTrue();
  }

  @Test
  void aBacktrackingIgnoreLineDoesNotHangTheScanInFullOrPrMode() throws Exception {
    assumeTrue(run(temp, null, "git", "--version").exitCode() == 0, "git is not installed");
    Path repo = temp.resolve("slow");
    Files.createDirectories(repo);
    Files.writeString(repo.resolve(".gitignore"), "*a*a*a*a*a*a*a*a*a*a*a*a*b\n");
    for (int i = 0; i < 50; i++) {
      Files.writeString(repo.resolve("a".repeat(40 + i)), "x");
    }
    Files.writeString(repo.resolve("compose.yaml"), "services:\n  db:\n    image: mysql:8\n");
    assertThat(run(repo, null, "git", "init", "-q").exitCode()).isZero();
    run(repo, null, "git", "add", "-A");
    run(repo, null, "git", "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "x");
    Files.writeString(repo.resolve("a".repeat(45) + "x"), "changed");
    Scans.CliRun full =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                Scans.cli("scan", repo.toString(), "--exclude", "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b"));
    assertThat(full.out()).contains("SSOT202");
    Scans.CliRun pr =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> Scans.cli("scan", repo.toString(), "--changed-since", "HEAD"));
    assertThat(pr.exitCode()).as(pr.err()).isIn(0, 1);
  }

  @Test
  void gitSemanticsForFoldersAndClasses() throws Exception {
    assertThat(Wildmatch.compile("a/**/b").matches("a/b")).isTrue();
    assertThat(Wildmatch.compile("a/**/b").matches("a/x/y/b")).isTrue();
    assertThat(Wildmatch.compile("a/**/b").matches("a/xb")).isFalse();
    assertThat(Wildmatch.compile("**/b").matches("b")).isTrue();
    assertThat(Wildmatch.compile("a/**").matches("a/x/y")).isTrue();
    assertThat(Wildmatch.compile("a/**").matches("a")).isFalse();
    assertThat(Wildmatch.compile("a**b").matches("ax/b")).isFalse();
    assertThat(Wildmatch.compile("?").matches("é")).isFalse();
    assertThat(Wildmatch.compile("??").matches("é")).isTrue();
    assertThat(Wildmatch.compile("[]a]").matches("]")).isTrue();
    assertThat(Wildmatch.compile("[!a]").matches("/")).isFalse();
    assertThat(Wildmatch.compile("[[:digit:]]x").matches("7x")).isTrue();
    assertThatThrownBy(() -> Wildmatch.compile("[ab")).isInstanceOf(Wildmatch.BadPattern.class);
    assertThatThrownBy(() -> Wildmatch.compile("ab\\")).isInstanceOf(Wildmatch.BadPattern.class);
    assertThatThrownBy(() -> Wildmatch.compile("[[:nope:]]"))
        .isInstanceOf(Wildmatch.BadPattern.class);
  }

  @Test
  void aBadExcludePatternIsAUsageError() {
    Scans.CliRun run = Scans.cli("scan", temp.toString(), "--exclude", "[");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--exclude '['").contains("unclosed '['");
  }

  @Test
  void aHugeIgnoreFileIsReadUpToItsCapAndSaidSo() throws Exception {
    Path repo = temp.resolve("huge");
    Files.createDirectories(repo);
    StringBuilder ignore = new StringBuilder("*.log\n");
    while (ignore.length() < 3 << 20) {
      ignore.append("generated-name-").append(ignore.length()).append('\n');
    }
    Files.writeString(repo.resolve(".gitignore"), ignore);
    Files.writeString(repo.resolve("a.log"), "x");
    Files.writeString(repo.resolve("b.txt"), "x");
    Workspace ws =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new Walker(List.of()).walk(repo));
    assertThat(ws.files()).extracting(SourceFile::path).containsExactly(".gitignore", "b.txt");
    assertThat(ws.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.path()).isEqualTo(".gitignore"))
        .satisfies(s -> assertThat(s.reason()).contains("larger than 1 MiB"));
  }

  /** A path is ignored when it, or a folder above it, is (git never looks inside one). */
  private static boolean ignored(IgnoreFile file, String path, boolean directory) {
    String[] parts = path.split("/", -1);
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      prefix.append(i > 0 ? "/" : "").append(parts[i]);
      boolean isDir = i < parts.length - 1 || directory;
      if (Boolean.TRUE.equals(file.ignored(prefix.toString(), isDir))) {
        return true;
      }
    }
    return false;
  }

  private static String pattern(Random random) {
    StringBuilder p = new StringBuilder();
    int parts = 1 + random.nextInt(5);
    for (int i = 0; i < parts; i++) {
      p.append(PATTERN_PARTS[random.nextInt(PATTERN_PARTS.length)]);
    }
    String s = p.toString();
    return s.startsWith("#") ? "\\" + s : s;
  }

  private static String name(Random random) {
    int depth = 1 + random.nextInt(3);
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      String segment =
          NAME_PARTS[random.nextInt(NAME_PARTS.length)]
              + (random.nextBoolean() ? NAME_PARTS[random.nextInt(NAME_PARTS.length)] : "");
      path.append(i > 0 ? "/" : "").append(segment);
    }
    return path.toString();
  }

  private record Result(int exitCode, String out) {}

  private static Result run(Path dir, String stdin, String... command) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
    try (OutputStream in = p.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] out = p.getInputStream().readAllBytes();
    p.waitFor(60, TimeUnit.SECONDS);
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
