package dev.ssotguard.workspace;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one scan, in path order.
 *
 * @param inGitRepository whether the root lies in a git work tree (tracked status is then real)
 * @param skipped files passed over, with the reason (too large, unreadable)
 */
public record Workspace(
    Path root, List<SourceFile> files, boolean inGitRepository, List<Skipped> skipped) {
  /** A file the walker did not hand on, and why. */
  public record Skipped(String path, String reason) {}

  public Workspace {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  public Map<String, SourceFile> byPath() {
    Map<String, SourceFile> map = new HashMap<>();
    for (SourceFile f : files) {
      map.put(f.path(), f);
    }
    return map;
  }
}
