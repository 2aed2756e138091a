package dev.ssotguard.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NeedlesTest {
  /** Filler full of separators that match nothing, so words with false leads are crossed too. */
  private static final String NOISE = "a: b = c; https://x.example/y?p=1 :: == x:=y ";

  private static int scan(String text, boolean keys) {
    return Needles.scan(text.getBytes(StandardCharsets.UTF_8), keys);
  }

  @Test
  void eachNeedleIsFoundAtEveryOffsetWithinAWord() {
    String[][] cases = {
      {"DATABASE_URL=postgresql+psycopg2://u@h/db", String.valueOf(Needles.DATABASE_URL)},
      {"url: MySQL://h/db", String.valueOf(Needles.DATABASE_URL)},
      {"jdbc:h2:mem:x", String.valueOf(Needles.JDBC)},
      {"host=h dbname=app", String.valueOf(Needles.DSN)},
    };
    for (String[] c : cases) {
      for (int offset = 0; offset < 17; offset++) {
        String text = NOISE.substring(0, offset) + c[0] + NOISE.substring(0, 17 - offset);
        assertThat(scan(text, false) & Needles.CONNECTION)
            .as("%s at offset %d", c[0], offset)
            .isEqualTo(Integer.parseInt(c[1]));
      }
    }
  }

  @Test
  void needlesAtTheVeryEndAreFound() {
    for (int pad = 0; pad < 9; pad++) {
      assertThat(scan("x".repeat(pad) + "jdbc:", false)).isEqualTo(Needles.JDBC);
      assertThat(scan("x".repeat(pad) + "dbname=", false)).isEqualTo(Needles.DSN);
    }
  }

  @Test
  void webUrlsAndOrdinaryCodeHoldNoNeedle() {
    String code =
        """
        const url = `https://api.example.com/${id}?page=1`; // ftp://x s3://bucket
        x = a == b ? c : d; def f(limit=3): return {'k': v}
        """;
    assertThat(scan(code.repeat(40), true)).isZero();
  }

  @Test
  void keyWordsBeforeQuotedValuesAreClassifiedOnlyWhenAsked() {
    String py = "DB_PASSWORD = 'x'\nDB_HOST='h'\n'ENGINE': 'django.db.backends.sqlite3'\n";
    int flags = scan(NOISE + py, true);
    assertThat(flags & Needles.PASSWORD).isNotZero();
    assertThat(flags & Needles.HOST).isNotZero();
    assertThat(flags & Needles.DJANGO).isNotZero();
    assertThat(scan(NOISE + py, false)).isZero();
    assertThat(scan("SQLALCHEMY_DATABASE_URI = \"x\"", true) & Needles.TOOL_SETTING).isNotZero();
    assertThat(scan("client: 'sqlite3'", true) & Needles.SQLITE).isNotZero();
  }

  @Test
  void onlyTheGivenLengthIsRead() {
    byte[] b = "abcdefgh jdbc:".getBytes(StandardCharsets.US_ASCII);
    assertThat(Needles.scan(b, 9, false)).isZero();
    assertThat(Needles.scan(b, b.length, false)).isEqualTo(Needles.JDBC);
  }

  @Test
  void aNulByteIsFoundAtEveryOffsetAndOnlyWithinTheLength() {
    for (int at = 0; at < 20; at++) {
      byte[] b = "abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.US_ASCII);
      b[at] = 0;
      assertThat(Needles.hasZeroByte(b, b.length)).as("NUL at %d", at).isTrue();
      assertThat(Needles.hasZeroByte(b, at)).as("NUL at %d, length %d", at, at).isFalse();
    }
    // Bytes just above zero (0x01) and high bytes (0x80) must not look like NUL.
    byte[] near = {1, 1, 1, 1, (byte) 0x80, (byte) 0x81, 1, 1, 1, 2};
    assertThat(Needles.hasZeroByte(near, near.length)).isFalse();
  }
}
