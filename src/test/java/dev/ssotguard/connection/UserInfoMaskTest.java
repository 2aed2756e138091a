package dev.ssotguard.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** URLs nested in another's query, path or fragment keep no password, with or without '@'. */
class UserInfoMaskTest {
  private static final String SECRET = "Zq7hunter2Qz";
  private final ConnectionStringParser parser = KnowledgeLoader.builtin().connectionParser();

  @ParameterizedTest
  @ValueSource(
      strings = {
        // A query key running into a second scheme: the first match must not swallow "://".
        "postgresql://?x=1&abcjdbc:postgresql://admin:" + SECRET,
        "pg://h#mysql://u:" + SECRET,
        "mysql://h/db?next=postgresql://u:" + SECRET + "@db/x",
        "pg://a:b:c://u:" + SECRET,
        "redis://h:6379/0?x=mongodb://u:" + SECRET + " trailing",
        // A keyword DSN whose value is a URL: the kept parameter must not hold the password.
        "host=db dbname=app options=postgresql://:" + SECRET + "@x"
      })
  void nestedPasswordsAreMasked(String text) {
    for (ConnectionString cs : parser.findAll(text)) {
      assertThat(cs.redacted()).doesNotContain(SECRET);
      assertThat(cs.params().values()).noneMatch(v -> v.contains(SECRET));
    }
    assertThat(UserInfoMask.everywhere(text)).doesNotContain(SECRET).contains("****");
  }

  /** No separator within 512 characters after the password (a fuzzer finding). */
  @Test
  void aLongRunAfterThePasswordIsMaskedToo() {
    nestedPasswordsAreMasked("postgresql://:" + SECRET + "\u0000" + "x:y".repeat(300) + " end");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mysql://h/db?next=postgresql://u:" + SECRET + "@db/x",
        "host=db dbname=app options=postgresql://:" + SECRET + "@x"
      })
  void parameterValuesThatAreUrlsKeepNoPassword(String text) {
    assertThat(parser.parse(text))
        .hasValueSatisfying(
            cs -> assertThat(cs.params().values()).noneMatch(v -> v.contains(SECRET)));
  }

  /** Without an '@', a port or a template after the colon is not a password. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "postgresql://db:5432/app",
        "postgresql://db:5432/app?sslmode=require",
        "mysql://u:${DB_PASSWORD} is written without a host",
        "postgresql://u:{password}/app"
      })
  void portsAndTemplatesStayReadable(String text) {
    assertThat(UserInfoMask.everywhere(text)).isEqualTo(text);
  }
}
