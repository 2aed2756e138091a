package dev.ssotguard.workspace;

import dev.ssotguard.model.Environment;
import java.nio.file.Path;

/**
 * One regular file of the scanned tree.
 *
 * @param path relative to the scan root, with {@code /} separators
 * @param tracked whether git tracks it (true for every file outside a git repository)
 */
public record SourceFile(
    String path, Path absolutePath, long size, boolean tracked, Environment environment) {
  public String name() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  public String directory() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
