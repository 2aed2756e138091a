package dev.ssotguard.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.util.FS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index reader lists what git's index holds; JGit's reader is the oracle. */
class GitIndexTest {
  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void listsWhatGitWroteInEveryIndexVersion(int version) throws Exception {
    assumeTrue(git(temp, "--version") == 0, "git is not installed");
    Path repo = temp.resolve("v" + version);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      names.add("dir" + (i % 3) + "/sub/file-" + i + ".txt");
    }
    names.add("ünïcode/ファイル.yaml");
    names.add("a".repeat(250) + "/" + "b".repeat(250) + "/" + "c".repeat(200) + ".txt");
    names.add(".env");
    for (String n : names) {
      Path p = repo.resolve(n);
      Files.createDirectories(p.getParent());
      Files.writeString(p, n);
    }
    assertThat(git(repo, "init", "-q")).isZero();
    assertThat(git(repo, "add", "-A")).isZero();
    Files.writeString(repo.resolve("intent.txt"), "x");
    // An intent-to-add entry carries the extended flags that need a version 3 index.
    assertThat(git(repo, "add", version == 2 ? "intent.txt" : "-N", "intent.txt")).isZero();
    assertThat(git(repo, "update-index", "--index-version", String.valueOf(version))).isZero();

    Path index = repo.resolve(".git/index");
    assertThat(Files.readAllBytes(index)[7]).isEqualTo((byte) version);
    List<String> got = GitIndex.paths(index, 20);
    assertThat(got).containsExactlyElementsOf(jgit(index));
    assertThat(got).contains("intent.txt", "ünïcode/ファイル.yaml", ".env");
  }

  @Test
  void aSplitIndexAddsThePathsOfItsSharedIndex() throws Exception {
    assumeTrue(git(temp, "--version") == 0, "git is not installed");
    Path repo = temp.resolve("split");
    for (int i = 0; i < 30; i++) {
      Files.createDirectories(repo.resolve("d" + (i % 4)));
      Files.writeString(repo.resolve("d" + (i % 4) + "/f" + i + ".txt"), "x" + i);
    }
    assertThat(git(repo, "init", "-q")).isZero();
    assertThat(git(repo, "add", "-A")).isZero();
    assertThat(git(repo, "update-index", "--split-index")).isZero();
    // After the split, a new entry lands in the small index; the rest stay in the shared one.
    Files.writeString(repo.resolve("late.txt"), "x");
    assertThat(git(repo, "add", "late.txt")).isZero();
    try (Stream<Path> shared = Files.list(repo.resolve(".git"))) {
      assertThat(shared.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("sharedindex."));
    }
    List<String> got = GitIndex.paths(repo.resolve(".git/index"), 20);
    assertThat(new TreeSet<>(got)).containsExactlyElementsOf(lsFiles(repo));
  }

  @Test
  void everyTruncationIsRejectedWithoutAnotherException() throws Exception {
    assumeTrue(git(temp, "--version") == 0, "git is not installed");
    for (int version = 2; version <= 4; version++) {
      Path repo = temp.resolve("t" + version);
      for (int i = 0; i < 5; i++) {
        Path p = repo.resolve("d/f" + i);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
      }
      assertThat(git(repo, "init", "-q")).isZero();
      assertThat(git(repo, "add", "-A")).isZero();
      assertThat(git(repo, "update-index", "--index-version", String.valueOf(version))).isZero();
      byte[] whole = Files.readAllBytes(repo.resolve(".git/index"));
      int entriesEnd = GitIndex.parse(whole, 20).end();
      for (int n = 0; n < entriesEnd; n++) {
        byte[] cut = Arrays.copyOf(whole, n);
        assertThatThrownBy(() -> GitIndex.parse(cut, 20)).isInstanceOf(IOException.class);
      }
    }
  }

  @Test
  void hostileHeadersAreRejected() {
    byte[] huge = "DIRC\0\0\0\2\u007f\u00ff\u00ff\u00ff".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> GitIndex.parse(huge, 20)).hasMessageContaining("truncated");
    byte[] v9 = "DIRC\0\0\0\u0009\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> GitIndex.parse(v9, 20)).hasMessageContaining("version 9");
    byte[] notIndex = "PK\3\4 not an index".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> GitIndex.parse(notIndex, 20)).hasMessageContaining("not a git index");
  }

  private static List<String> jgit(Path index) throws IOException {
    DirCache cache = DirCache.read(index.toFile(), FS.DETECTED);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cache.getEntryCount(); i++) {
      out.add(cache.getEntry(i).getPathString());
    }
    return out;
  }

  private static SortedSet<String> lsFiles(Path repo) throws Exception {
    Process p =
        new ProcessBuilder("git", "ls-files", "--cached")
            .directory(repo.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new TreeSet<>(List.of(out.strip().split("\n")));
  }

  private static int git(Path dir, String... args) throws Exception {
    Files.createDirectories(dir);
    List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t"));
    cmd.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      return -1;
    }
    p.getInputStream().readAllBytes();
    return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }
}
