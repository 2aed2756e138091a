package dev.ssotguard.workspace;

import dev.ssotguard.model.Environment;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One regular file of the scanned tree.
 *
 * @param path relative to the scan root, with {@code /} separators
 * @param tracked whether git tracks it (true for every file outside a git repository)
 * @param modified when the walk saw it last modified, so that a comparison with git's index needs
 *     no second look at the file
 */
public record SourceFile(
    String path,
    Path absolutePath,
    long size,
    boolean tracked,
    Environment environment,
    Instant modified) {
  /** A file whose modification time is not known (never equal to an index entry's). */
  public SourceFile(
      String path, Path absolutePath, long size, boolean tracked, Environment environment) {
    this(path, absolutePath, size, tracked, environment, Instant.MIN);
  }

  public String name() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  public String directory() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
