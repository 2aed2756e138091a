package dev.ssotguard.testing;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/** Git repositories for tests, made with JGit (no git executable needed). */
public final class GitRepos {
  private static final PersonIdent WHO = new PersonIdent("t", "t@example.com");

  private GitRepos() {}

  /** Commits every file under {@code repo}, making it a repository (branch main) if it is none. */
  public static void commitAll(Path repo, String message) throws Exception {
    try (Git git =
        repo.resolve(".git").toFile().isDirectory()
            ? Git.open(repo.toFile())
            : Git.init().setInitialBranch("main").setDirectory(repo.toFile()).call()) {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      git.commit().setMessage(message).setAuthor(WHO).setCommitter(WHO).setSign(false).call();
    }
  }
}
