package dev.ssotguard.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.testing.GitRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparing with a commit writes nothing: no JGit config, no timestamp probe files. */
class ReadOnlyJGitTest {
  @TempDir Path temp;

  @Test
  void comparingWritesNoConfigAndNoProbeFiles() throws Exception {
    Path repo = temp.resolve("repo");
    Files.createDirectories(repo);
    Files.writeString(repo.resolve("a.env"), "A=1\n");
    GitRepos.commitAll(repo, "base");
    List<String> before = listing(repo);
    GitChanges.Changes changes = GitChanges.since(new Walker(List.of()).walk(repo), "HEAD");
    assertThat(changes.changed()).isEmpty();
    assertThat(listing(repo)).as("nothing written into the repository").isEqualTo(before);

    FileBasedConfig config = (FileBasedConfig) SystemReader.getInstance().getJGitConfig();
    assertThat(config.getFile()).doesNotExist();
    String key =
        System.getProperty("java.vendor")
            + "|"
            + System.getProperty("java.version")
            + "|"
            + Files.getFileStore(repo).name();
    // With the resolution known for this file store, JGit has nothing to measure.
    assertThat(config.getString("filesystem", key, "timestampResolution")).isEqualTo("1 second");
  }

  private static List<String> listing(Path root) throws Exception {
    try (Stream<Path> all = Files.walk(root)) {
      return all.map(p -> root.relativize(p) + " " + p.toFile().lastModified()).sorted().toList();
    }
  }
}
