package dev.ssotguard.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * A fresh database per test class: on the machine's PostgreSQL (127.0.0.1:5432, trust auth, as
 * ../shared/MACHINE.md describes) or, where none runs, on an embedded PostgreSQL started once.
 * {@code -Dssot.test.embeddedPostgres=true} forces the embedded one.
 */
final class TestDatabase {
  private static final class Embedded {
    static final int PORT = start();

    private static int start() {
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        pg.close();
                      } catch (IOException e) {
                        // exiting
                      }
                    }));
        return pg.getPort();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }
  }

  private TestDatabase() {}

  static int port() {
    if (!Boolean.getBoolean("ssot.test.embeddedPostgres") && listening(5432)) {
      return 5432;
    }
    return Embedded.PORT;
  }

  /** Which PostgreSQL the tests use, for messages. */
  static String kind() {
    return port() == 5432 ? "the machine's PostgreSQL" : "embedded PostgreSQL";
  }

  /** Creates an empty database and returns where it is. */
  static DatabaseTarget fresh() {
    int port = port();
    System.out.println("test database on " + kind());
    String name = "ssot_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
    }
    return DatabaseTarget.of(
        "postgresql://postgres@127.0.0.1:" + port + "/" + name, Optional.empty());
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
