package dev.ssotguard.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssotguard.model.Finding;
import dev.ssotguard.testing.Scans;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 items 6, 10 and 13: a git directory that cannot be read or trusted makes every file
 * count as tracked (with a note) rather than none, and an index cannot expand without bound.
 */
class GitTrustTest {
  private static final String LEAK =
      "DATABASE_URL=postgresql://app:Sup3rS3cretValue@db.example.com:5432/app\n";

  @TempDir Path temp;

  private Path committedRepo(String name) throws Exception {
    Path repo = Files.createDirectories(temp.resolve(name));
    Files.writeString(repo.resolve("app.env"), LEAK);
    assumeTrue(git(repo, "init", "-q") == 0, "git is not installed");
    assertThat(git(repo, "add", "-A")).isZero();
    return repo;
  }

  private static List<String> rulesAndPaths(Path repo) {
    return Scans.findings(repo).stream().map(f -> f.ruleId() + " " + f.location().path()).toList();
  }

  @Test
  void aCorruptTruncatedOrFutureIndexFailsClosed() throws Exception {
    Path truncated = committedRepo("truncated");
    byte[] index = Files.readAllBytes(truncated.resolve(".git/index"));
    Files.write(truncated.resolve(".git/index"), java.util.Arrays.copyOf(index, 20));
    assertThat(rulesAndPaths(truncated)).contains("SSOT901 app.env", "SSOT000 .git/index");

    Path future = committedRepo("future");
    byte[] v = Files.readAllBytes(future.resolve(".git/index"));
    v[7] = 9;
    Files.write(future.resolve(".git/index"), v);
    List<Finding> findings = Scans.findings(future);
    assertThat(findings)
        .anySatisfy(f -> assertThat(f.message()).contains("version 9 is not supported"));
    assertThat(rulesAndPaths(future)).contains("SSOT901 app.env");
  }

  @Test
  void aFifoIndexDoesNotHang() throws Exception {
    Path repo = committedRepo("fifo");
    Files.delete(repo.resolve(".git/index"));
    Process mkfifo = new ProcessBuilder("mkfifo", repo.resolve(".git/index").toString()).start();
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo");
    List<String> found =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> rulesAndPaths(repo));
    assertThat(found).contains("SSOT901 app.env", "SSOT000 .git/index");
  }

  @Test
  void aBrokenGitdirPointerFailsClosed() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("pointer"));
    Files.writeString(repo.resolve("app.env"), LEAK);
    Files.writeString(repo.resolve(".git"), "gitdir: ../nowhere/.git/worktrees/x\n");
    assertThat(rulesAndPaths(repo)).contains("SSOT901 app.env", "SSOT000 .git");
  }

  @Test
  void aForeignOwnedAncestorGitIsNotTrusted() throws Exception {
    Path outer = Files.createDirectories(temp.resolve("outer"));
    assumeTrue(git(outer, "init", "-q") == 0, "git is not installed");
    Files.writeString(outer.resolve(".git/info/exclude"), "*\n");
    Path project = Files.createDirectories(outer.resolve("project"));
    Files.writeString(project.resolve("compose.yaml"), "services:\n  db:\n    image: mysql:8\n");
    UserPrincipal nobody;
    try {
      nobody =
          outer.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setOwner(outer.resolve(".git"), nobody);
    } catch (Exception e) {
      assumeTrue(false, "cannot give .git to another user here (not root): " + e);
      return;
    }
    assertThat(rulesAndPaths(project)).contains("SSOT202 compose.yaml");
    Scans.CliRun run = Scans.cli("scan", project.toString());
    assertThat(run.out()).contains("not trusted: owned by nobody");
  }

  @Test
  void zeroFilesInANonEmptyFolderIsAnError() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("hidden"));
    Files.writeString(repo.resolve(".gitignore"), "*\n");
    Files.writeString(repo.resolve("compose.yaml"), "services:\n  db:\n    image: mysql:8\n");
    Scans.CliRun run = Scans.cli("scan", repo.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("0 files scanned").contains("Fix:");
  }

  @Test
  void aVersionFourPrefixBombIsRefused() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int entries = 6_000;
    b.writeBytes(new byte[] {'D', 'I', 'R', 'C', 0, 0, 0, 4});
    b.writeBytes(int32(entries));
    for (int i = 0; i < entries; i++) {
      byte[] fixed = new byte[40 + 20 + 2];
      fixed[24] = (byte) 0x81; // mode 0100644, a regular file
      fixed[25] = (byte) 0xa4;
      fixed[60] = 0x0f; // name length "0xfff or more": not checked
      fixed[61] = (byte) 0xff;
      b.writeBytes(fixed);
      b.write(0); // strip nothing of the previous name
      b.write('a'); // and add one byte
      b.write(0);
    }
    byte[] index = b.toByteArray();
    assertThatThrownBy(() -> GitIndex.parse(index, 20)).hasMessageContaining("over 4096 bytes");
  }

  private static byte[] int32(int v) {
    return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
  }

  private static int git(Path dir, String... args) throws Exception {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                "git",
                "-c",
                "core.excludesFile=/dev/null",
                "-c",
                "user.email=t@t",
                "-c",
                "user.name=t"));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor(30, TimeUnit.SECONDS);
      return p.exitValue();
    } catch (java.io.IOException e) {
      return -1;
    }
  }
}
