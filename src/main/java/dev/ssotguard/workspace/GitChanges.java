package dev.ssotguard.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Which files of a walk a branch changed since it met REF, as {@code git diff REF...HEAD} plus
 * uncommitted and untracked files would say: a file is unchanged when its blob equals the blob in
 * the merge base of REF and HEAD. A file whose index entry has the commit's blob and whose size and
 * modification time still match the entry (and is not racily clean) is taken as unchanged without
 * reading it, as git does; any other file is hashed. Reads the repository only; runs no git
 * process, no hooks, no filters.
 */
public final class GitChanges {
  /**
   * What changed since a commit.
   *
   * @param changed root-relative paths of walked files added or modified since the commit
   * @param deleted root-relative paths the commit has that are no longer on disk
   * @param commit the full id of the commit compared with (the merge base of REF and HEAD)
   */
  public record Changes(Set<String> changed, Set<String> deleted, String commit) {
    public Changes {
      changed = Set.copyOf(changed);
      deleted = Set.copyOf(deleted);
    }
  }

  /** REF cannot be used: not a git repository, not a commit, unreadable objects. */
  public static final class ChangesException extends Exception {
    private static final long serialVersionUID = 1L;

    ChangesException(String message) {
      super(message);
    }
  }

  private GitChanges() {}

  public static Changes since(Workspace workspace, String ref) throws ChangesException {
    return base(workspace.root(), ref).changes(workspace);
  }

  /**
   * What the comparison needs from the repository — the commit's files and the index — read before
   * the walk is done (the walk waits on the file system, this on the CPU).
   */
  public static Base base(Path root, String ref) throws ChangesException {
    ReadOnlyJGit.install();
    GitWorkTree git =
        GitWorkTree.around(root)
            .orElseThrow(
                () ->
                    new ChangesException(
                        root
                            + " is not in a git work tree, so there is nothing to compare"
                            + " with "
                            + ref));
    try (Repository repo =
            new FileRepositoryBuilder()
                .setGitDir(git.gitDir().toFile())
                .setWorkTree(git.top().toFile())
                .setMustExist(true)
                .build();
        RevWalk revWalk = new RevWalk(repo)) {
      RevCommit commit = forkPoint(repo, revWalk, resolve(repo, ref));
      ObjectId id = commit.getId();
      return new Base(
          git.rootPrefix(),
          id.name(),
          blobs(repo, commit, git.rootPrefix()),
          repo.readDirCache(),
          indexTime(git.gitDir()));
    } catch (IOException | RuntimeException e) {
      throw new ChangesException(
          "cannot compare with "
              + ref
              + ": "
              + e.getClass().getSimpleName()
              + " reading the repository; its objects may be damaged. Fix: check it with `git"
              + " fsck`, or fetch a fresh clone");
    }
  }

  /** A commit's files under the scan root and the index, ready to compare a walk with. */
  public static final class Base {
    private final String prefix;
    private final String commit;
    private final Map<String, ObjectId> before;
    private final DirCache index;
    private final Instant indexWritten;

    private Base(
        String prefix,
        String commit,
        Map<String, ObjectId> before,
        DirCache index,
        Instant indexWritten) {
      this.prefix = prefix;
      this.commit = commit;
      this.before = before;
      this.index = index;
      this.indexWritten = indexWritten;
    }

    public Changes changes(Workspace workspace) {
      ObjectInserter.Formatter hasher = new ObjectInserter.Formatter();
      Set<String> changed = new HashSet<>();
      Set<String> seen = new HashSet<>();
      for (SourceFile f : workspace.files()) {
        seen.add(f.path());
        ObjectId old = before.get(f.path());
        if (old == null
            || (!sameAsIndex(index.getEntry(prefix + f.path()), old, f, indexWritten)
                && !old.equals(hash(hasher, f)))) {
          changed.add(f.path());
        }
      }
      // Not walked is not deleted: a tracked file under vendor/ or --exclude is still there.
      Set<String> deleted = new HashSet<>();
      for (String path : before.keySet()) {
        if (!seen.contains(path)
            && !Files.exists(workspace.root().resolve(path), LinkOption.NOFOLLOW_LINKS)) {
          deleted.add(path);
        }
      }
      return new Changes(changed, deleted, commit);
    }
  }

  private static ObjectId resolve(Repository repo, String ref)
      throws ChangesException, IOException {
    ObjectId id;
    try {
      id = repo.resolve(ref + "^{commit}");
    } catch (RevisionSyntaxException e) {
      id = null;
    } catch (IOException e) {
      throw new ChangesException(
          "cannot resolve '"
              + ref
              + "': the repository's objects cannot be read ("
              + e.getClass().getSimpleName()
              + "). Fix: check the repository with `git fsck`, or fetch a fresh clone");
    }
    if (id == null) {
      throw new ChangesException(
          "'"
              + ref
              + "' is not a commit of this repository. Fix: pass a branch, tag or commit"
              + " that exists locally (in CI, fetch it first, e.g. git fetch origin main)");
    }
    return id;
  }

  /**
   * Where HEAD's history met REF's: a branch is judged by what it changed, as {@code git diff
   * REF...HEAD} says, not by what REF gained since the branch forked. When REF is an ancestor of
   * HEAD (or HEAD is unborn, or the histories never meet) it is REF itself.
   */
  private static RevCommit forkPoint(Repository repo, RevWalk walk, ObjectId ref)
      throws IOException {
    RevCommit target = walk.parseCommit(ref);
    ObjectId head = repo.resolve(Constants.HEAD + "^{commit}");
    if (head == null || head.equals(ref)) {
      return target;
    }
    walk.setRevFilter(RevFilter.MERGE_BASE);
    walk.markStart(target);
    walk.markStart(walk.parseCommit(head));
    RevCommit base = walk.next();
    walk.reset();
    walk.setRevFilter(RevFilter.ALL);
    return base == null ? target : walk.parseCommit(base);
  }

  /** The commit's regular files under the scan root, by root-relative path. */
  private static Map<String, ObjectId> blobs(Repository repo, RevCommit commit, String prefix)
      throws IOException {
    Map<String, ObjectId> out = new HashMap<>();
    try (TreeWalk walk = new TreeWalk(repo)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      if (!prefix.isEmpty()) {
        walk.setFilter(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
      }
      while (walk.next()) {
        FileMode mode = walk.getFileMode(0);
        if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
          out.put(walk.getPathString().substring(prefix.length()), walk.getObjectId(0));
        }
      }
    }
    return out;
  }

  /** The walk's size and modification time still match the index entry, which has the old blob. */
  private static boolean sameAsIndex(
      DirCacheEntry entry, ObjectId old, SourceFile f, Instant indexWritten) {
    if (entry == null || entry.getStage() != 0 || !entry.getObjectId().equals(old)) {
      return false;
    }
    // Racily clean: written in the same instant the index was, so the stat data proves nothing.
    return f.size() == entry.getLength()
        && f.modified().equals(entry.getLastModifiedInstant())
        && f.modified().isBefore(indexWritten);
  }

  private static ObjectId hash(ObjectInserter.Formatter hasher, SourceFile f) {
    try (InputStream in =
        Files.newInputStream(
            f.absolutePath(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      return hasher.idFor(Constants.OBJ_BLOB, f.size(), in);
    } catch (IOException e) {
      // Unreadable or changed while read: count it as changed.
      return ObjectId.zeroId();
    }
  }

  private static Instant indexTime(Path gitDir) {
    try {
      return Files.getLastModifiedTime(gitDir.resolve("index")).toInstant();
    } catch (IOException e) {
      return Instant.MIN;
    }
  }
}
