package dev.ssotguard.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotguard.connection.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordsTest {
  @TempDir Path home;

  @Test
  void takesTheNamedVariableThenTheFileThenTheClientsOwn() throws Exception {
    Path file = Files.writeString(home.resolve("pw"), "from-file\n");
    Map<String, String> env =
        Map.of("APP_DB_PW", "from-env", "PGPASSWORD", "pg", "MYSQL_PWD", "my");
    assertThat(
            new Passwords(env, "APP_DB_PW", file, home, List.of("h"))
                .forLogin(Engine.POSTGRESQL, "h", 5432, "d", "u"))
        .contains("from-env");
    assertThat(
            new Passwords(env, null, file, home, List.of("h"))
                .forLogin(Engine.POSTGRESQL, "h", 5432, "d", "u"))
        .contains("from-file");
    assertThat(
            new Passwords(env, null, null, home, List.of("h"))
                .forLogin(Engine.POSTGRESQL, "h", 5432, "d", "u"))
        .contains("pg");
    assertThat(
            new Passwords(env, null, null, home, List.of("h"))
                .forLogin(Engine.MARIADB, "h", 3306, "d", "u"))
        .contains("my");
  }

  @Test
  void readsPgpassLikeLibpq() throws Exception {
    Files.writeString(
        home.resolve(".pgpass"),
        """
        # comment
        other.example.com:5432:*:app:nope
        db.example.com:5432:*:app:s3cr\\:et
        *:*:*:*:fallback
        """);
    Passwords passwords = new Passwords(Map.of(), null, null, home, List.of("db.example.com"));
    assertThat(passwords.forLogin(Engine.POSTGRESQL, "db.example.com", 5432, "app", "app"))
        .contains("s3cr:et");
    assertThat(passwords.forLogin(Engine.POSTGRESQL, "db.example.com", 6543, "app", "app"))
        .contains("fallback");
    assertThat(passwords.forLogin(Engine.MARIADB, "db.example.com", 5432, "app", "app")).isEmpty();
    Path elsewhere = Files.writeString(home.resolve("pgpass-ci"), "*:*:*:ci:ci-pw\n");
    assertThat(
            new Passwords(
                    Map.of("PGPASSFILE", elsewhere.toString()), null, null, home, List.of("h"))
                .forLogin(Engine.POSTGRESQL, "h", 5432, "d", "ci"))
        .contains("ci-pw");
  }

  @Test
  void passwordsGoOnlyToHostsTheOperatorNamed() throws Exception {
    Path file = Files.writeString(home.resolve("pw"), "from-file\n");
    Map<String, String> env = Map.of("APP_DB_PW", "from-env", "PGPASSWORD", "pg");
    Files.writeString(home.resolve(".pgpass"), "*:*:*:*:wildcard\nrepo.example.com:*:*:*:bound\n");
    for (Passwords p :
        List.of(
            new Passwords(env, "APP_DB_PW", null, home, List.of("named.example.com")),
            new Passwords(env, null, file, home, List.of("named.example.com")),
            new Passwords(env, null, null, home, List.of("named.example.com")))) {
      assertThat(p.forLogin(Engine.POSTGRESQL, "evil.example.com", 5432, "d", "u")).isEmpty();
      assertThat(p.withheldFrom(Engine.POSTGRESQL, "evil.example.com")).isPresent();
      assertThat(p.forLogin(Engine.POSTGRESQL, "NAMED.example.com", 5432, "d", "u")).isPresent();
      assertThat(p.withheldFrom(Engine.POSTGRESQL, "named.example.com")).isEmpty();
      // A password file line that names the host binds it, as libpq does.
      assertThat(p.forLogin(Engine.POSTGRESQL, "repo.example.com", 5432, "d", "u"))
          .contains("bound");
    }
  }

  @Test
  void aPasswordFileMustBeASmallRegularFile() throws Exception {
    Path big = Files.write(home.resolve("big"), new byte[Passwords.MAX_FILE_BYTES + 1]);
    Passwords passwords = new Passwords(Map.of(), null, big, home, List.of("h"));
    assertThatThrownBy(() -> passwords.forLogin(Engine.POSTGRESQL, "h", 5432, "d", "u"))
        .hasMessageContaining("larger than 65536 bytes");
    Passwords folder = new Passwords(Map.of(), null, home, home, List.of("h"));
    assertThatThrownBy(() -> folder.forLogin(Engine.POSTGRESQL, "h", 5432, "d", "u"))
        .hasMessageContaining("is not a regular file");
  }
}
