package dev.ssotguard.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The PostgreSQL tests talk to: the machine's server on 127.0.0.1:5432 (MACHINE.md), or, where
 * there is none (a laptop), an embedded PostgreSQL started once for the test run. Set {@code
 * -Dssot.test.embeddedPostgres=true} to use the embedded one even when a server runs.
 */
public final class PostgresForTests {
  /** Where to connect: trust auth as {@code postgres}. */
  public record Server(String host, int port, String database) {}

  private static final class Embedded {
    // Started on first use and stopped by the JVM's exit; tests never see a half-started server.
    static final Server SERVER = start();

    private static Server start() {
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg)));
        return new Server("127.0.0.1", pg.getPort(), "postgres");
      } catch (IOException e) {
        throw new IllegalStateException("embedded PostgreSQL did not start: " + e.getMessage(), e);
      }
    }

    private static void close(EmbeddedPostgres pg) {
      try {
        pg.close();
      } catch (IOException e) {
        // the JVM is exiting; the temporary data directory goes with it
      }
    }
  }

  private PostgresForTests() {}

  public static Server server() {
    if (!Boolean.getBoolean("ssot.test.embeddedPostgres") && listening(5432)) {
      return new Server("127.0.0.1", 5432, "test");
    }
    return Embedded.SERVER;
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
