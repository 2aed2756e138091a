package dev.ssotguard.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A file's bytes as the extractors need them: whether it is binary, whether it is a SQLite database
 * (by its 16-byte header, whatever its name), and its text, decoded only on request.
 */
public final class FileContent {
  private static final byte[] SQLITE_HEADER =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final int SNIFF = 8192;

  /**
   * Files up to this size are read in one call, binary or not: a second system call costs more than
   * the bytes a binary file's sniff would have saved.
   */
  private static final int ONE_READ = 64 * 1024;

  private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

  private final byte[] bytes;
  private final int length;
  private final boolean sqliteDatabase;
  private final String problem;

  private FileContent(byte[] bytes, int length, boolean sqliteDatabase, String problem) {
    this.bytes = bytes;
    this.length = length;
    this.sqliteDatabase = sqliteDatabase;
    this.problem = problem;
  }

  private static FileContent without(boolean sqliteDatabase, String problem) {
    return new FileContent(null, 0, sqliteDatabase, problem);
  }

  /**
   * A read buffer reused for the files one thread reads, so that reading a tree does not allocate
   * (and zero, and collect) an array per file: most files are scanned and dropped, never decoded.
   * Confined to one thread.
   */
  public static final class Buffer {
    private byte[] bytes = new byte[64 * 1024];

    byte[] atLeast(int size) {
      if (bytes.length < size) {
        bytes = new byte[Math.max(size, bytes.length * 2)];
      }
      return bytes;
    }
  }

  /** Decoded text, and why it is damaged (null when it is not). */
  public record Text(String text, String problem) {}

  /** Reads into a fresh array (a file read once, outside the tree walk). */
  public static FileContent read(Path path, long size, long maxBytes) {
    return read(path, size, maxBytes, new Buffer());
  }

  /**
   * Reads into {@code buffer}; the content is valid until the buffer's next read.
   *
   * @param size the file's size when listed; a file that has grown since is read to that size
   */
  public static FileContent read(Path path, long size, long maxBytes, Buffer buffer) {
    try (FileChannel channel =
        FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      if (size > maxBytes || size > MAX_ARRAY) {
        byte[] head = new byte[SQLITE_HEADER.length];
        int n = fill(channel, head, 0, head.length);
        return without(isSqlite(head, n), "larger than " + (maxBytes >> 20) + " MiB; not parsed");
      }
      // The first block decides whether the file is text; a binary file is not read further.
      int capacity = (int) size;
      byte[] bytes = buffer.atLeast(capacity);
      int n = fill(channel, bytes, 0, capacity <= ONE_READ ? capacity : SNIFF);
      boolean sqlite = isSqlite(bytes, n);
      if (utf16Bom(bytes, n)) {
        // Compose (and most tools) read UTF-16 with a byte-order mark; it is text, not binary.
        n = fill(channel, bytes, n, capacity);
        String text = new String(bytes, 0, n, StandardCharsets.UTF_16).replace("\uFEFF", "");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return new FileContent(utf8, utf8.length, false, null);
      }
      if (Needles.hasZeroByte(bytes, Math.min(n, SNIFF))) {
        return without(sqlite, "binary content; not parsed");
      }
      n = fill(channel, bytes, n, capacity);
      return new FileContent(bytes, n, sqlite, null);
    } catch (IOException | SecurityException e) {
      return without(false, "could not be read");
    }
  }

  /** Whether there is text to decode (not binary, not too large, readable). */
  public boolean hasText() {
    return bytes != null;
  }

  public boolean sqliteDatabase() {
    return sqliteDatabase;
  }

  /** Why the file has no text, or null. */
  public String problem() {
    return problem;
  }

  /** Which extractor trigger strings the file holds ({@link Needles}); 0 without text. */
  int needles(boolean keys) {
    return bytes == null ? 0 : Needles.scan(bytes, length, keys);
  }

  /** The text; invalid UTF-8 is read with replacement characters and said so. */
  public Text decode() {
    if (bytes == null) {
      return new Text(null, problem);
    }
    // The String constructor has a fast path for ASCII; only text holding U+FFFD is re-checked.
    String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    boolean damaged = text.indexOf('\uFFFD') >= 0 && !isStrictUtf8(bytes, length);
    return new Text(text, damaged ? "not valid UTF-8; read with replacement characters" : null);
  }

  private static boolean isStrictUtf8(byte[] bytes, int length) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static int fill(FileChannel channel, byte[] b, int from, int to) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(b, from, to - from);
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // A short read (a file shrinking while read) ends at the end of the file.
    }
    return buffer.position();
  }

  private static boolean utf16Bom(byte[] bytes, int length) {
    return length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
  }

  private static boolean isSqlite(byte[] bytes, int length) {
    return length >= SQLITE_HEADER.length
        && Arrays.equals(bytes, 0, SQLITE_HEADER.length, SQLITE_HEADER, 0, SQLITE_HEADER.length);
  }
}
