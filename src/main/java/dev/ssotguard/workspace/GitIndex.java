package dev.ssotguard.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The paths a git index file ({@code .git/index}, versions 2 to 4) lists, read straight from its
 * documented format. JGit's {@code DirCache} does the same but costs a quarter of a second of
 * start-up on a small repository (file-system detection, checksum, class loading), more than the
 * whole walk; only the paths are needed here. A split index ({@code link} extension) adds the paths
 * of its shared index, so a path it deletes may still count as tracked.
 */
final class GitIndex {
  private static final int HEADER = 12;
  private static final int STAT_FIELDS = 40;
  private static final int EXTENDED = 0x4000;
  private static final int NAME_MASK = 0xfff;
  private static final long MAX_INDEX_BYTES = 1L << 30;

  /** The longest path taken from an index; git's own paths stay far below (PATH_MAX is 4096). */
  static final int MAX_PATH_BYTES = 4096;

  /**
   * The most path bytes one index may expand to: version 4's prefix compression lets a few MB of
   * index name gigabytes of paths.
   */
  static final long MAX_TOTAL_PATH_BYTES = 256L << 20;

  private GitIndex() {}

  /**
   * @param hashLength 20 for SHA-1 repositories, 32 for SHA-256 ones
   * @throws IOException when the file is missing, unreadable or not a valid index
   */
  static List<String> paths(Path index, int hashLength) throws IOException {
    byte[] b = readSmall(index);
    Entries entries = parse(b, hashLength);
    List<String> out = new ArrayList<>(entries.paths());
    int link = extension(b, entries.end(), hashLength, "link");
    if (link >= 0 && link + hashLength <= b.length) {
      Path shared = index.resolveSibling("sharedindex." + hex(b, link, hashLength));
      if (Files.isRegularFile(shared, LinkOption.NOFOLLOW_LINKS)) {
        out.addAll(parse(readSmall(shared), hashLength).paths());
      }
    }
    return out;
  }

  /** The paths of an index, and where its entries end (its extensions follow). */
  record Entries(List<String> paths, int end) {}

  static Entries parse(byte[] b, int hashLength) throws IOException {
    if (b.length < HEADER || b[0] != 'D' || b[1] != 'I' || b[2] != 'R' || b[3] != 'C') {
      throw new IOException("not a git index");
    }
    int version = int32(b, 4);
    long count = int32(b, 8) & 0xffffffffL;
    if (version < 2 || version > 4) {
      throw new IOException("git index version " + version + " is not supported");
    }
    int fixed = STAT_FIELDS + hashLength + 2;
    // No entry is shorter than its fixed part, so a count larger than that allows is corrupt.
    if (count > (b.length - HEADER) / fixed) {
      throw new IOException("git index is truncated");
    }
    List<String> paths = new ArrayList<>((int) count);
    byte[] previous = new byte[0];
    long total = 0;
    int at = HEADER;
    for (long e = 0; e < count; e++) {
      int start = at;
      if (at + fixed > b.length) {
        throw new IOException("git index is truncated");
      }
      int mode = int32(b, at + 24);
      int flags = ((b[at + fixed - 2] & 0xff) << 8) | (b[at + fixed - 1] & 0xff);
      at += fixed;
      if (version >= 3 && (flags & EXTENDED) != 0) {
        at += 2;
      }
      byte[] name;
      if (version == 4) {
        // The name is the previous one less `strip` bytes, plus a NUL-terminated suffix.
        long strip = 0;
        int c;
        int bytes = 0;
        do {
          if (at >= b.length || ++bytes > 5) {
            throw new IOException("git index is corrupt");
          }
          c = b[at++] & 0xff;
          // Git's offset varint: each continuation adds one before shifting.
          strip = bytes == 1 ? c & 0x7f : ((strip + 1) << 7) | (c & 0x7f);
        } while ((c & 0x80) != 0);
        int end = nul(b, at);
        if (strip > previous.length) {
          throw new IOException("git index is corrupt");
        }
        int keep = previous.length - (int) strip;
        if (keep + (long) (end - at) > MAX_PATH_BYTES) {
          throw new IOException("git index has a path over " + MAX_PATH_BYTES + " bytes");
        }
        name = new byte[keep + end - at];
        System.arraycopy(previous, 0, name, 0, keep);
        System.arraycopy(b, at, name, keep, end - at);
        at = end + 1;
      } else {
        int end = nul(b, at);
        name = Arrays.copyOfRange(b, at, end);
        // Entries are padded with 1 to 8 NUL bytes to a multiple of eight.
        at = start + ((end - start + 8) & ~7);
        if (at > b.length) {
          throw new IOException("git index is truncated");
        }
      }
      int declared = flags & NAME_MASK;
      if (declared != NAME_MASK && declared != name.length) {
        throw new IOException("git index is corrupt");
      }
      previous = name;
      total += name.length;
      if (total > MAX_TOTAL_PATH_BYTES) {
        throw new IOException("git index expands to over 256 MiB of paths");
      }
      // A sparse index lists whole folders (mode 040000); they stand for no file of their own. A
      // split index gives an entry that replaces a shared one an empty name: the shared index,
      // read too, has it.
      if ((mode & 0170000) != 0040000 && name.length > 0) {
        paths.add(new String(name, StandardCharsets.UTF_8));
      }
    }
    return new Entries(paths, at);
  }

  /** Where the body of the named extension starts, searching from {@code at}, or -1. */
  private static int extension(byte[] b, int at, int hashLength, String signature) {
    byte[] sig = signature.getBytes(StandardCharsets.US_ASCII);
    int i = at;
    while (i >= 0 && i + 8 <= b.length - hashLength) {
      int size = int32(b, i + 4);
      if (Arrays.equals(b, i, i + 4, sig, 0, 4)) {
        return i + 8;
      }
      i = size < 0 ? -1 : i + 8 + size;
    }
    return -1;
  }

  private static int nul(byte[] b, int from) throws IOException {
    for (int i = from; i < b.length; i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    throw new IOException("git index is truncated");
  }

  private static int int32(byte[] b, int at) {
    return ((b[at] & 0xff) << 24)
        | ((b[at + 1] & 0xff) << 16)
        | ((b[at + 2] & 0xff) << 8)
        | (b[at + 3] & 0xff);
  }

  private static String hex(byte[] b, int at, int length) {
    StringBuilder sb = new StringBuilder(length * 2);
    for (int i = at; i < at + length; i++) {
      sb.append(Character.forDigit((b[i] >> 4) & 0xf, 16))
          .append(Character.forDigit(b[i] & 0xf, 16));
    }
    return sb.toString();
  }

  private static byte[] readSmall(Path file) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("git index is not a regular file");
    }
    if (Files.size(file) > MAX_INDEX_BYTES) {
      throw new IOException("git index is larger than 1 GiB");
    }
    return Files.readAllBytes(file);
  }
}
