package dev.ssotguard.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The git work tree around a scan root: where it starts and which files its index tracks. Reads the
 * index file directly; runs no git process and no hooks.
 */
record GitWorkTree(Path top, Path gitDir, Set<String> trackedUnderRoot, String rootPrefix) {

  static Optional<GitWorkTree> around(Path root) {
    for (Path dir = root; dir != null; dir = dir.getParent()) {
      Path dotGit = dir.resolve(".git");
      if (Files.isDirectory(dotGit, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(load(root, dir, dotGit));
      }
      if (Files.isRegularFile(dotGit, LinkOption.NOFOLLOW_LINKS)) {
        try {
          String pointer = Files.readString(dotGit, StandardCharsets.UTF_8).trim();
          if (pointer.startsWith("gitdir:")) {
            Path gitDir = dir.resolve(pointer.substring(7).trim()).normalize();
            return Optional.of(load(root, dir, gitDir));
          }
        } catch (IOException | RuntimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static GitWorkTree load(Path root, Path top, Path gitDir) {
    String prefix = top.relativize(root).toString().replace('\\', '/');
    if (!prefix.isEmpty()) {
      prefix = prefix + "/";
    }
    Set<String> tracked = new HashSet<>();
    Path index = gitDir.resolve("index");
    if (Files.isRegularFile(index)) {
      try {
        for (String p : GitIndex.paths(index, hashLength(gitDir))) {
          if (p.startsWith(prefix)) {
            tracked.add(p.substring(prefix.length()));
          }
        }
      } catch (IOException | RuntimeException e) {
        // An unreadable index: treat nothing as tracked rather than stop the scan.
        tracked.clear();
      }
    }
    return new GitWorkTree(top, gitDir, Set.copyOf(tracked), prefix);
  }

  /** SHA-256 repositories say so in their config ({@code objectformat = sha256}). */
  private static int hashLength(Path gitDir) {
    Path config = gitDir.resolve("config");
    try {
      if (Files.isRegularFile(config, LinkOption.NOFOLLOW_LINKS) && Files.size(config) < 1 << 20) {
        for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
          String t = line.strip().toLowerCase(Locale.ROOT).replace(" ", "");
          if (t.equals("objectformat=sha256")) {
            return 32;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // An unreadable config: the default format.
    }
    return 20;
  }
}
