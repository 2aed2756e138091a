package dev.ssotguard.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.connection.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
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
            new Passwords(env, "APP_DB_PW", file, home)
                .forLogin(Engine.POSTGRESQL, "h", 5432, "d", "u"))
        .contains("from-env");
    assertThat(
            new Passwords(env, null, file, home).forLogin(Engine.POSTGRESQL, "h", 5432, "d", "u"))
        .contains("from-file");
    assertThat(
            new Passwords(env, null, null, home).forLogin(Engine.POSTGRESQL, "h", 5432, "d", "u"))
        .contains("pg");
    assertThat(new Passwords(env, null, null, home).forLogin(Engine.MARIADB, "h", 3306, "d", "u"))
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
    Passwords passwords = new Passwords(Map.of(), null, null, home);
    assertThat(passwords.forLogin(Engine.POSTGRESQL, "db.example.com", 5432, "app", "app"))
        .contains("s3cr:et");
    assertThat(passwords.forLogin(Engine.POSTGRESQL, "db.example.com", 6543, "app", "app"))
        .contains("fallback");
    assertThat(passwords.forLogin(Engine.MARIADB, "db.example.com", 5432, "app", "app")).isEmpty();
    Path elsewhere = Files.writeString(home.resolve("pgpass-ci"), "*:*:*:ci:ci-pw\n");
    assertThat(
            new Passwords(Map.of("PGPASSFILE", elsewhere.toString()), null, null, home)
                .forLogin(Engine.POSTGRESQL, "h", 5432, "d", "ci"))
        .contains("ci-pw");
  }
}
