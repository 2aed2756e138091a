package dev.ssotguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no database URL the server runs PostgreSQL itself under --data-dir: zero set-up, and the
 * data is still there after a restart. A second process on the same directory joins the running one
 * (a token command beside the server).
 */
class EmbeddedDatabaseTest {
  @TempDir Path dataDir;

  @Test
  void dataSurvivesARestartAndASecondProcessJoins() throws Exception {
    DatabaseTarget target = DatabaseTarget.embedded(dataDir);
    String token;
    try (Database first = Database.open(target, 2)) {
      token = new Tokens(first.source()).create("acme", "kept");
      assertThat(first.reachable()).isTrue();
      try (Database beside = Database.open(target, 2)) {
        assertThat(new Tokens(beside.source()).authenticate(token)).isPresent();
      }
      assertThat(first.reachable())
          .as("closing the joiner leaves the server's database up")
          .isTrue();
    }
    try (Database again = Database.open(target, 2)) {
      assertThat(new Tokens(again.source()).authenticate(token)).isPresent();
      assertThat(new Tokens(again.source()).list()).hasSize(1);
    }
  }
}
