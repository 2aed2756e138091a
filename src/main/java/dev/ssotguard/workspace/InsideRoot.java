package dev.ssotguard.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves a path that a scanned file names ({@code env_file:}, a mounted config, a Python import)
 * to a regular file whose real path lies under the scan root's real path. A folder symlink ({@code
 * lnk -> /anywhere}) on the way is followed only as far as the answer: outside the root, nothing.
 */
public final class InsideRoot {
  private final Path root;
  private final Path realRoot;

  public InsideRoot(Path root) {
    this.root = root;
    Path real;
    try {
      real = root.toRealPath();
    } catch (IOException e) {
      real = root.toAbsolutePath().normalize();
    }
    this.realRoot = real;
  }

  /** The file, when {@code relative} names a regular file really inside the root. */
  public Optional<Path> regularFile(String relative) {
    if (relative.isEmpty()
        || relative.startsWith("/")
        || relative.equals("..")
        || relative.startsWith("../")) {
      return Optional.empty();
    }
    Path p = root.resolve(relative).normalize();
    try {
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      return p.toRealPath(LinkOption.NOFOLLOW_LINKS).startsWith(realRoot)
              && p.getParent().toRealPath().startsWith(realRoot)
          ? Optional.of(p)
          : Optional.empty();
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }
}
