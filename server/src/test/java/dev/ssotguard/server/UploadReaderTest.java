package dev.ssotguard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upload reader on hostile bodies: whatever arrives, the answer is an upload or a refusal
 * naming the problem — never another exception, never a value from the body in the message.
 */
class UploadReaderTest {
  @TempDir static Path temp;
  private static byte[] valid;
  private final UploadReader reader = new UploadReader();

  @BeforeAll
  static void scan() {
    valid =
        Fixtures.envelope("acme/web", "c1", "2026-12-01T10:00:00Z", Fixtures.scan("hostile", temp))
            .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aValidUploadReadsWhole() throws Exception {
    Upload u = reader.read(valid);
    assertThat(u.owner()).isEqualTo("acme");
    assertThat(u.name()).isEqualTo("web");
    assertThat(u.digest()).matches("[0-9a-f]{64}");
    assertThat(reader.read(valid).digest()).isEqualTo(u.digest());
  }

  @Test
  void deepNestingAndHugeNumbersAreRefusedNotFollowed() {
    String deep = "{\"repository\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    assertThatThrownBy(() -> reader.read(deep.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UploadRejected.class)
        .hasMessageContaining("not JSON");
    String number = "{\"repository\": 1" + "0".repeat(5_000) + "}";
    assertThatThrownBy(() -> reader.read(number.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UploadRejected.class);
    for (String notObject : new String[] {"", "[]", "null", "\"x\"", "{}"}) {
      assertThatThrownBy(() -> reader.read(notObject.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(UploadRejected.class);
    }
  }

  @Test
  void controlCharactersInNamesAreRefusedAndNotEchoed() {
    String body =
        new String(valid, StandardCharsets.UTF_8)
            .replace("\"branch\":\"main\"", "\"branch\":\"m\\u001b[2Jx\"");
    assertThatThrownBy(() -> reader.read(body.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UploadRejected.class)
        .hasMessage("branch must be a branch name");
  }

  /** 2,000 seeded mutations of a valid upload: each reads or is refused, nothing else. */
  @Test
  void mutatedUploadsReadOrAreRefused() {
    String bytes = " {}[]\",:0a\\\u0000";
    Random random = new Random(20261202L);
    int read = 0;
    int refused = 0;
    for (int i = 0; i < 2000; i++) {
      byte[] b = valid.clone();
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits; e++) {
        b[random.nextInt(b.length)] = (byte) bytes.charAt(random.nextInt(bytes.length()));
      }
      try {
        reader.read(b);
        read++;
      } catch (UploadRejected r) {
        assertThat(r.status()).isBetween(400, 499);
        refused++;
      }
    }
    assertThat(read + refused).isEqualTo(2000);
    assertThat(refused).isPositive();
  }
}
