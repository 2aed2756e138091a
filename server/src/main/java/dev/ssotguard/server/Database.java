package dev.ssotguard.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The server's PostgreSQL: a pool over the operator's database, or over an embedded PostgreSQL
 * whose data stays under the data directory across restarts. Opening runs the migrations; several
 * servers opening at once migrate once (Flyway holds a PostgreSQL advisory lock while it works).
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource pool;
  private final EmbeddedPostgres embedded;

  private Database(HikariDataSource pool, EmbeddedPostgres embedded) {
    this.pool = pool;
    this.embedded = embedded;
  }

  public static Database open(DatabaseTarget target, int poolSize) throws IOException {
    EmbeddedPostgres embedded = null;
    String url = target.jdbcUrl();
    Properties login = target.login();
    if (target.embedded()) {
      // A server already running on this data directory (or a token command beside it) is
      // joined, not started twice: PostgreSQL's own lock file names its port.
      OptionalInt running = runningPort(target.dataDir().resolve("postgresql"));
      int port;
      if (running.isPresent()) {
        port = running.getAsInt();
      } else {
        embedded = startEmbedded(target.dataDir());
        port = embedded.getPort();
      }
      url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
      login.setProperty("user", "postgres");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setDataSourceProperties(login);
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("ssot-server");
    config.setConnectionTimeout(10_000);
    // A transaction-mode pooler (Supabase's on port 6543) cannot keep server-side prepared
    // statements between transactions; prepareThreshold=0 in the URL turns them off
    // (docs/server.md).
    try {
      HikariDataSource pool = new HikariDataSource(config);
      migrate(pool);
      return new Database(pool, embedded);
    } catch (RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  static void migrate(DataSource source) {
    Flyway.configure()
        .dataSource(source)
        .locations("classpath:db/migration")
        .table("ssot_schema_history")
        .load()
        .migrate();
  }

  /** The port of a live PostgreSQL on {@code pgData} (postmaster.pid's fourth line). */
  private static OptionalInt runningPort(Path pgData) {
    Path pid = pgData.resolve("postmaster.pid");
    try {
      List<String> lines = Files.readAllLines(pid);
      if (lines.size() < 4) {
        return OptionalInt.empty();
      }
      int port = Integer.parseInt(lines.get(3).strip());
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
        return OptionalInt.of(port);
      }
    } catch (IOException | NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private static EmbeddedPostgres startEmbedded(Path dataDir) throws IOException {
    Path pgData = dataDir.resolve("postgresql");
    Files.createDirectories(pgData);
    return EmbeddedPostgres.builder()
        .setDataDirectory(pgData)
        .setCleanDataDirectory(false)
        .setOverrideWorkingDirectory(dataDir.resolve("binaries").toFile())
        .start();
  }

  public DataSource source() {
    return pool;
  }

  /** True when a round trip to the database works (for {@code /healthz}). */
  public boolean reachable() {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(2);
      return s.execute("SELECT 1");
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    pool.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
