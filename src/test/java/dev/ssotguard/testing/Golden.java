package dev.ssotguard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: compares output with a committed file; {@code -Dgolden.update=true} rewrites the
 * file instead (then review the diff before committing it).
 */
public final class Golden {
  private Golden() {}

  public static void assertMatches(Path golden, String actual) {
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(Files.exists(golden))
          .as("golden file %s exists (run with -Dgolden.update=true)", golden)
          .isTrue();
      assertThat(actual)
          .as("output matches %s", golden)
          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
