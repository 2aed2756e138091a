package dev.ssotguard.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A file's content as the extractors need it: decoded text when it is text and not too large, and
 * whether it is a SQLite database (by its 16-byte header, whatever its name).
 *
 * @param text the decoded text, or null when the file is binary, too large or unreadable
 * @param problem why the text is missing or damaged, or null
 */
public record FileContent(String text, boolean sqliteDatabase, boolean binary, String problem) {
  private static final byte[] SQLITE_HEADER =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final int SNIFF = 8192;

  public static FileContent read(Path path, long size, long maxBytes) {
    try {
      if (size > maxBytes) {
        byte[] head = head(path);
        return new FileContent(
            null, isSqlite(head), true, "larger than " + (maxBytes >> 20) + " MiB; not parsed");
      }
      byte[] bytes = readNoFollow(path);
      boolean sqlite = isSqlite(bytes);
      int sniff = Math.min(bytes.length, SNIFF);
      for (int i = 0; i < sniff; i++) {
        if (bytes[i] == 0) {
          return new FileContent(null, sqlite, true, "binary content; not parsed");
        }
      }
      try {
        String text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return new FileContent(stripBom(text), sqlite, false, null);
      } catch (CharacterCodingException e) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return new FileContent(
            stripBom(text), sqlite, false, "not valid UTF-8; read with replacement characters");
      }
    } catch (IOException | SecurityException e) {
      return new FileContent(null, false, false, "could not be read");
    }
  }

  private static byte[] readNoFollow(Path path) throws IOException {
    try (InputStream in =
        Files.newInputStream(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      return in.readAllBytes();
    }
  }

  private static byte[] head(Path path) throws IOException {
    try (InputStream in =
        Files.newInputStream(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      return in.readNBytes(SQLITE_HEADER.length);
    }
  }

  private static boolean isSqlite(byte[] bytes) {
    return bytes.length >= SQLITE_HEADER.length
        && Arrays.equals(bytes, 0, SQLITE_HEADER.length, SQLITE_HEADER, 0, SQLITE_HEADER.length);
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
