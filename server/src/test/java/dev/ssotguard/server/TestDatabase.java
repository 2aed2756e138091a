package dev.ssotguard.server;

import dev.ssotguard.testing.PostgresForTests;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * A fresh database per test class, on the PostgreSQL the CLI's tests use ({@link PostgresForTests}:
 * the machine's on 127.0.0.1:5432 as ../shared/MACHINE.md describes, else an embedded one; {@code
 * -Dssot.test.embeddedPostgres=true} forces the embedded one).
 */
final class TestDatabase {
  private TestDatabase() {}

  /** Creates an empty database and returns where it is. */
  static DatabaseTarget fresh() {
    PostgresForTests.Server pg = PostgresForTests.server();
    System.out.println(
        "test database on " + (pg.port() == 5432 ? "the machine's" : "embedded") + " PostgreSQL");
    String name = "ssot_test_" + UUID.randomUUID().toString().replace("-", "");
    String at = pg.host() + ":" + pg.port();
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://" + at + "/" + pg.database(), "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
    }
    return DatabaseTarget.of("postgresql://postgres@" + at + "/" + name, Optional.empty());
  }
}
