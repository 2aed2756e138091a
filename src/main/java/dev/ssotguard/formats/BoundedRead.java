package dev.ssotguard.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file an operator named (a policy, a baseline, a committed matrix): only a regular file,
 * and only up to a limit, so {@code /dev/zero}, a FIFO or a folder is a clear error instead of a
 * hang, an endless read or "does not exist".
 */
public final class BoundedRead {
  /** Why a file could not be read, worded to follow the file's name. */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String problem) {
      super(problem);
    }
  }

  private BoundedRead() {}

  /**
   * The file's bytes, at most {@code limit} of them.
   *
   * @throws Refused with a message such as "does not exist", "is a folder, not a file", "is not a
   *     regular file (a FIFO, socket or device)" or "is larger than 1 MiB"
   */
  public static byte[] read(Path file, int limit) throws IOException {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new Refused(
          Files.exists(file, LinkOption.NOFOLLOW_LINKS)
              ? "cannot be read (" + e.getClass().getSimpleName() + ")"
              : "does not exist");
    }
    if (attrs.isDirectory()) {
      throw new Refused("is a folder, not a file");
    }
    if (!attrs.isRegularFile()) {
      throw new Refused("is not a regular file (a FIFO, socket or device)");
    }
    if (attrs.size() > limit) {
      throw new Refused("is larger than " + size(limit));
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] content = in.readNBytes(limit);
      if (in.read() >= 0) {
        throw new Refused("is larger than " + size(limit));
      }
      return content;
    }
  }

  static String size(int bytes) {
    return bytes % (1 << 20) == 0
        ? (bytes >> 20) + " MiB"
        : bytes % 1024 == 0 ? (bytes >> 10) + " KiB" : bytes + " bytes";
  }
}
