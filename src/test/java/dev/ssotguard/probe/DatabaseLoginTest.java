package dev.ssotguard.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseLoginTest {
  private final DatabaseLogin login =
      new DatabaseLogin(
          "db.example.com", 5432, "app", "app", "CANARY-s3cret", Duration.ofSeconds(1));

  @Test
  void neitherItsTextNorADriverMessageThatEchoesThePasswordShowsIt() {
    assertThat(login.toString()).isEqualTo("app@db.example.com:5432/app");
    ProbeException e =
        login.failed(
            "PostgreSQL",
            new SQLException("FATAL: password \"CANARY-s3cret\" rejected for user app", "28P01"));
    assertThat(e.getMessage())
        .contains("PostgreSQL app@db.example.com:5432/app", "SQLSTATE 28P01", "****")
        .doesNotContain("CANARY");
    assertThat(login.credentials().getProperty("password")).isEqualTo("CANARY-s3cret");
  }
}
