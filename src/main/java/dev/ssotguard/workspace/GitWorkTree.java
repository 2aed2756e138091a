package dev.ssotguard.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The git work tree around a scan root: where it starts and which files its index tracks. Reads the
 * index file directly; runs no git process and no hooks.
 *
 * <p>Fails closed: a git directory owned by another user is not trusted (what git's {@code
 * safe.directory} guards against: its {@code info/exclude} could hide every file), and an index
 * that cannot be read, or a {@code gitdir:} pointer that leads nowhere, makes every file count as
 * tracked, with a note, instead of none.
 *
 * @param trackedUnderRoot the tracked paths below the root, or null when every file counts as
 *     tracked (the index could not be read)
 */
record GitWorkTree(Path top, Path gitDir, Set<String> trackedUnderRoot, String rootPrefix) {
  /** The largest {@code .git} pointer file read. */
  static final int MAX_POINTER_BYTES = 4096;

  /** The work tree found (if trusted) and what the scan should be told about it. */
  record Lookup(Optional<GitWorkTree> tree, List<Workspace.Skipped> notes) {
    Lookup {
      notes = List.copyOf(notes);
    }
  }

  /** Whether every walked file counts as tracked (the index could not be read). */
  boolean allTracked() {
    return trackedUnderRoot == null;
  }

  static Optional<GitWorkTree> around(Path root) {
    return find(root).tree();
  }

  static Lookup find(Path root) {
    List<Workspace.Skipped> notes = new ArrayList<>();
    for (Path dir = root; dir != null; dir = dir.getParent()) {
      Path dotGit = dir.resolve(".git");
      boolean folder = Files.isDirectory(dotGit, LinkOption.NOFOLLOW_LINKS);
      boolean pointer = !folder && Files.isRegularFile(dotGit, LinkOption.NOFOLLOW_LINKS);
      if (!folder && !pointer) {
        continue;
      }
      Optional<String> foreign = foreignOwner(dotGit);
      if (foreign.isPresent()) {
        notes.add(
            new Workspace.Skipped(
                shown(root, dotGit),
                "not trusted: owned by "
                    + foreign.get()
                    + ", not by the user running the scan (as git's safe.directory); its ignore"
                    + " rules are not applied and every file counts as tracked"));
        return new Lookup(Optional.empty(), notes);
      }
      if (folder) {
        return new Lookup(Optional.of(load(root, dir, dotGit, notes)), notes);
      }
      Optional<Path> gitDir = pointed(dir, dotGit);
      if (gitDir.isEmpty() || !Files.isDirectory(gitDir.get())) {
        notes.add(
            new Workspace.Skipped(
                shown(root, dotGit),
                "its gitdir: pointer cannot be followed; every file counts as tracked"));
        return new Lookup(
            Optional.of(new GitWorkTree(dir, dotGit, null, prefix(root, dir))), notes);
      }
      return new Lookup(Optional.of(load(root, dir, gitDir.get(), notes)), notes);
    }
    return new Lookup(Optional.empty(), notes);
  }

  private static Optional<Path> pointed(Path dir, Path dotGit) {
    try {
      if (Files.size(dotGit) > MAX_POINTER_BYTES) {
        return Optional.empty();
      }
      byte[] content = Files.readAllBytes(dotGit);
      String pointer = new String(content, StandardCharsets.UTF_8).trim();
      if (!pointer.startsWith("gitdir:")) {
        return Optional.empty();
      }
      return Optional.of(dir.resolve(pointer.substring(7).trim()).normalize());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The owner of a git directory when it is not the user running the scan (nor root's own). */
  private static Optional<String> foreignOwner(Path dotGit) {
    try {
      UserPrincipal owner = Files.getOwner(dotGit, LinkOption.NOFOLLOW_LINKS);
      String me = System.getProperty("user.name", "");
      return owner.getName().equals(me) ? Optional.empty() : Optional.of(owner.getName());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static String prefix(Path root, Path top) {
    String prefix = top.relativize(root).toString().replace('\\', '/');
    return prefix.isEmpty() ? "" : prefix + "/";
  }

  private static String shown(Path root, Path dotGit) {
    return dotGit.startsWith(root) ? root.relativize(dotGit).toString() : dotGit.toString();
  }

  private static GitWorkTree load(Path root, Path top, Path gitDir, List<Workspace.Skipped> notes) {
    String prefix = prefix(root, top);
    Path index = gitDir.resolve("index");
    if (!Files.exists(index, LinkOption.NOFOLLOW_LINKS)) {
      // A repository nothing was ever added to: git tracks nothing, and neither do we.
      return new GitWorkTree(top, gitDir, Set.of(), prefix);
    }
    Set<String> tracked = new HashSet<>();
    try {
      for (String p : GitIndex.paths(index, hashLength(gitDir))) {
        if (p.startsWith(prefix)) {
          tracked.add(p.substring(prefix.length()));
        }
      }
    } catch (IOException | RuntimeException e) {
      notes.add(
          new Workspace.Skipped(
              shown(root, index),
              "the git index could not be read ("
                  + e.getMessage()
                  + "); every file counts as tracked"));
      return new GitWorkTree(top, gitDir, null, prefix);
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
