package dev.ssotguard.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * What an upload says about the scanned commit: flags first, then the CI runner's variables, then
 * the git checkout of the scanned folder (read with JGit, never by running git).
 */
record CommitInfo(String repository, String branch, String commit, String blobBase) {
  static CommitInfo of(UploadOptions o, Map<String, String> env, Path scanned, String forgeUrl) {
    String repository =
        first(o.repository, env.get("GITHUB_REPOSITORY"), env.get("CI_PROJECT_PATH"));
    String branch =
        first(
            o.branch,
            env.get("GITHUB_HEAD_REF"),
            env.get("GITHUB_REF_NAME"),
            env.get("CI_COMMIT_REF_NAME"));
    String commit = first(o.commit, env.get("GITHUB_SHA"), env.get("CI_COMMIT_SHA"));
    if (scanned != null && (commit == null || branch == null)) {
      try (Repository git =
          new FileRepositoryBuilder().findGitDir(scanned.toAbsolutePath().toFile()).build()) {
        if (git.getDirectory() != null) {
          ObjectId head = git.resolve("HEAD");
          if (commit == null && head != null) {
            commit = head.name();
          }
          if (branch == null) {
            String b = git.getBranch();
            branch = b != null && !b.equals(commit) ? b : null;
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        // no checkout: the flags must say it
      }
    }
    String blobBase = forgeUrl;
    if (blobBase == null) {
      blobBase = Forge.blobBase(env);
    }
    if (blobBase == null && env.get("CI_PROJECT_URL") != null && commit != null) {
      blobBase = env.get("CI_PROJECT_URL").replaceAll("/+$", "") + "/-/blob/" + commit;
    }
    return new CommitInfo(repository, branch, commit, blobBase);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
