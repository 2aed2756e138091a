package dev.ssotguard.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssotguard.model.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walker sees exactly the files git sees: {@code git ls-files --cached --others
 * --exclude-standard}.
 */
class WalkerTest {
  @TempDir Path temp;

  @Test
  void matchesGitLsFiles() throws Exception {
    assumeTrue(git(temp, "--version").exitCode == 0, "git is not installed");
    Path repo = temp.resolve("repo");
    write(repo, ".gitignore", "*.log\nbuild/\n!keep.log\n/secret.env\ndocs/**/*.tmp\n");
    write(repo, "app/.gitignore", "local/\n*.cache\n!important.cache\n");
    write(repo, "a.txt", "a");
    write(repo, "debug.log", "x");
    write(repo, "keep.log", "x");
    write(repo, "secret.env", "x");
    write(repo, "sub/secret.env", "not anchored: kept");
    write(repo, "build/out.txt", "x");
    write(repo, "app/build/nested.txt", "ignored by the root's build/");
    write(repo, "app/local/x.yml", "x");
    write(repo, "app/x.cache", "x");
    write(repo, "app/important.cache", "x");
    write(repo, "app/.hidden/conf.yaml", "x");
    write(repo, "docs/a/b/c.tmp", "x");
    write(repo, "docs/a/b/c.md", "x");
    write(repo, "forced/tracked.log", "tracked although ignored");
    write(repo, "node_modules/pkg/index.js", "vendored");
    assertThat(git(repo, "init", "-q").exitCode).isZero();
    assertThat(git(repo, "add", "-A").exitCode).isZero();
    assertThat(git(repo, "add", "-f", "forced/tracked.log").exitCode).isZero();
    write(repo, "untracked.txt", "new, not ignored");

    Result ls = git(repo, "ls-files", "--cached", "--others", "--exclude-standard");
    TreeSet<String> expected = new TreeSet<>(Arrays.asList(ls.out.strip().split("\n")));
    expected.removeIf(p -> p.startsWith("node_modules/"));

    Workspace ws = new Walker(List.of()).walk(repo);
    TreeSet<String> actual = new TreeSet<>();
    ws.files().forEach(f -> actual.add(f.path()));
    assertThat(actual).containsExactlyElementsOf(expected);
    assertThat(ws.inGitRepository()).isTrue();
    Map<String, SourceFile> byPath = ws.byPath();
    assertThat(byPath.get("forced/tracked.log").tracked()).isTrue();
    assertThat(byPath.get("untracked.txt").tracked()).isFalse();
  }

  @Test
  void scanRootBelowTheGitTopUsesTheAncestorsIgnoreFiles() throws Exception {
    assumeTrue(git(temp, "--version").exitCode == 0, "git is not installed");
    Path repo = temp.resolve("mono");
    write(repo, ".gitignore", "*.secret\n");
    write(repo, "svc/a.yaml", "x");
    write(repo, "svc/b.secret", "x");
    assertThat(git(repo, "init", "-q").exitCode).isZero();
    assertThat(git(repo, "add", "-A").exitCode).isZero();
    Workspace ws = new Walker(List.of()).walk(repo.resolve("svc"));
    assertThat(ws.files()).extracting(SourceFile::path).containsExactly("a.yaml");
    assertThat(ws.files().get(0).tracked()).isTrue();
  }

  @Test
  void outsideGitEveryFileIsTrackedAndLinksAreNotFollowed() throws IOException {
    Path root = temp.resolve("plain");
    write(root, "x/.env", "A=1");
    write(root, "vendor/lib.py", "x");
    Files.createSymbolicLink(root.resolve("x/loop"), root);
    Files.createSymbolicLink(root.resolve("link.env"), root.resolve("x/.env"));
    Workspace ws = new Walker(List.of()).walk(root);
    assertThat(ws.files()).extracting(SourceFile::path).containsExactly("x/.env");
    assertThat(ws.files().get(0).tracked()).isTrue();
    assertThat(ws.inGitRepository()).isFalse();
  }

  @Test
  void anUntrackedFileInAnIgnoredFolderStaysIgnoredBesideATrackedOne() throws Exception {
    assumeTrue(git(temp, "--version").exitCode == 0, "git is not installed");
    Path repo = temp.resolve("ignored-folder");
    write(repo, ".gitignore", "build/\n");
    write(repo, "svc/compose.yaml", "x");
    write(repo, "svc/build/out.txt", "x");
    assertThat(git(repo, "init", "-q").exitCode).isZero();
    assertThat(git(repo, "add", "-A").exitCode).isZero();
    write(repo, "svc/build/tracked.txt", "x");
    write(repo, "svc/build/deeper/new.txt", "x");
    assertThat(git(repo, "add", "-f", "svc/build/tracked.txt").exitCode).isZero();
    // The tracked file brings the walk into build/; git still ignores what else is there.
    Result ls = git(repo, "ls-files", "--cached", "--others", "--exclude-standard");
    TreeSet<String> expected = new TreeSet<>(Arrays.asList(ls.out.strip().split("\n")));
    assertThat(expected).contains("svc/build/tracked.txt").doesNotContain("svc/build/out.txt");
    Workspace ws = new Walker(List.of()).walk(repo);
    assertThat(ws.files()).extracting(SourceFile::path).containsExactlyElementsOf(expected);
  }

  @Test
  void excludeGlobsLeaveOutFilesAndFolders() throws Exception {
    Path root = temp.resolve("ex");
    write(root, "keep/a.yaml", "x");
    write(root, "generated/b.yaml", "x");
    write(root, "keep/c.snap", "x");
    Workspace ws =
        new Walker(List.of(ExcludePattern.parse("generated"), ExcludePattern.parse("**/*.snap")))
            .walk(root);
    assertThat(ws.files()).extracting(SourceFile::path).containsExactly("keep/a.yaml");
  }

  @Test
  void environmentsFollowTheDefaultNameRules() {
    assertThat(EnvironmentClassifier.classify("compose.yaml")).isEqualTo(Environment.PRODUCTION);
    assertThat(EnvironmentClassifier.classify("deploy/prod/compose.yaml"))
        .isEqualTo(Environment.PRODUCTION);
    assertThat(EnvironmentClassifier.classify("tests/conftest.py")).isEqualTo(Environment.TEST);
    assertThat(EnvironmentClassifier.classify("src/test/resources/app.properties"))
        .isEqualTo(Environment.TEST);
    assertThat(EnvironmentClassifier.classify("pkg/db_test.go")).isEqualTo(Environment.TEST);
    assertThat(EnvironmentClassifier.classify("web/api.spec.ts")).isEqualTo(Environment.TEST);
    assertThat(EnvironmentClassifier.classify("app/test_models.py")).isEqualTo(Environment.TEST);
    assertThat(EnvironmentClassifier.classify("docker-compose.override.yml"))
        .isEqualTo(Environment.DEVELOPMENT);
    assertThat(EnvironmentClassifier.classify("docker-compose.dev.yml"))
        .isEqualTo(Environment.DEVELOPMENT);
    assertThat(EnvironmentClassifier.classify(".env.example")).isEqualTo(Environment.DEVELOPMENT);
    assertThat(EnvironmentClassifier.classify(".env.development"))
        .isEqualTo(Environment.DEVELOPMENT);
    assertThat(EnvironmentClassifier.classify("examples/platform/compose.yaml"))
        .isEqualTo(Environment.DEVELOPMENT);
    assertThat(EnvironmentClassifier.classify("config/application-local.yml"))
        .isEqualTo(Environment.DEVELOPMENT);
    assertThat(EnvironmentClassifier.classify("devops/compose.yaml"))
        .isEqualTo(Environment.PRODUCTION);
    assertThat(EnvironmentClassifier.classify("latest/compose.yaml"))
        .isEqualTo(Environment.PRODUCTION);
    assertThat(EnvironmentClassifier.classify("docker-compose-non-dev.yml"))
        .isEqualTo(Environment.PRODUCTION);
    assertThat(EnvironmentClassifier.classify("docker-compose.ci.yml")).isEqualTo(Environment.TEST);
    assertThat(EnvironmentClassifier.classify("deploy/compose-ci.yaml"))
        .isEqualTo(Environment.TEST);
    assertThat(EnvironmentClassifier.classify("ci.sh")).isEqualTo(Environment.PRODUCTION);
    assertThat(EnvironmentClassifier.classify("compose.circleci.yml"))
        .isEqualTo(Environment.PRODUCTION);
  }

  private static void write(Path root, String rel, String content) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  private record Result(int exitCode, String out) {}

  private static Result git(Path dir, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "core.excludesFile=/dev/null",
                "-c",
                "user.email=t@t",
                "-c",
                "user.name=t"));
    cmd.addAll(List.of(args));
    Files.createDirectories(dir);
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    return new Result(p.exitValue(), out);
  }
}
