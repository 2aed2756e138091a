package dev.ssotguard.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ssotguard.fuzz.Bounded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Fuzz targets for what the walk reads from a repository's git data and ignore files. */
class WorkspaceFuzzTest {
  @FuzzTest(maxDuration = "4m")
  void gitIndex(FuzzedDataProvider data) {
    boolean header = data.consumeBoolean();
    int version = data.consumeInt(2, 4);
    byte[] rest = data.consumeRemainingAsBytes();
    byte[] index;
    if (header) {
      index = new byte[8 + rest.length];
      index[0] = 'D';
      index[1] = 'I';
      index[2] = 'R';
      index[3] = 'C';
      index[7] = (byte) version;
      System.arraycopy(rest, 0, index, 8, rest.length);
    } else {
      index = rest;
    }
    Bounded.timed(
        "git index",
        () -> {
          try {
            GitIndex.Entries entries = GitIndex.parse(index, 20);
            long total = 0;
            for (String p : entries.paths()) {
              assertThat(p.getBytes(StandardCharsets.UTF_8).length)
                  .isLessThanOrEqualTo(GitIndex.MAX_PATH_BYTES);
              total += p.length();
            }
            assertThat(total).isLessThanOrEqualTo(GitIndex.MAX_TOTAL_PATH_BYTES);
            assertThat(entries.end()).isLessThanOrEqualTo(index.length);
          } catch (IOException expected) {
            // a corrupt index is refused, never half-read
          }
        });
  }

  @FuzzTest(maxDuration = "4m")
  void ignorePatterns(FuzzedDataProvider data) {
    String pattern = data.consumeString(200);
    String path = data.consumeRemainingAsString();
    Bounded.timed(
        "wildmatch",
        () -> {
          try {
            Wildmatch w = Wildmatch.compile(pattern);
            w.matches(path);
            // A pattern matches itself when it holds no special character.
            if (pattern.chars().noneMatch(c -> "*?[\\\\".indexOf(c) >= 0)) {
              assertThat(w.matches(pattern)).isTrue();
            }
          } catch (Wildmatch.BadPattern expected) {
            // git matches nothing with it either
          }
          IgnoreFile.parse((pattern + "\n!" + path).getBytes(StandardCharsets.UTF_8))
              .ignored(path.isEmpty() ? "x" : path, data.consumeBoolean());
        });
  }
}
