package dev.ssotguard.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ssotguard.connection.UserInfoMask;
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
    HikariDataSource pool = null;
    try {
      pool = new HikariDataSource(config);
      migrate(pool);
      return new Database(pool, embedded);
    } catch (RuntimeException e) {
      if (pool != null) {
        pool.close();
      }
      if (embedded != null) {
        embedded.close();
      }
      throw new IllegalArgumentException(
          "cannot use the database at "
              + target.describe()
              + " ("
              + cause(e)
              + "). Fix: check --database-url or SSOT_DATABASE_URL, the password in"
              + " SSOT_DATABASE_PASSWORD, and that PostgreSQL accepts connections",
          e);
    }
  }

  /**
   * The innermost cause in one line: the driver's words ("Connection to db:5432 refused", "password
   * authentication failed for user"), which name hosts and users, never passwords; masked once more
   * and clipped all the same.
   */
  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return Shown.clip(UserInfoMask.everywhere(message.replaceAll("\\s+", " ")), 200);
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

  private static EmbeddedPostgres startEmbedded(Path dataDir) {
    Path pgData = dataDir.resolve("postgresql");
    try {
      Files.createDirectories(pgData);
      return EmbeddedPostgres.builder()
          .setDataDirectory(pgData)
          .setCleanDataDirectory(false)
          .setOverrideWorkingDirectory(dataDir.resolve("binaries").toFile())
          .start();
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot start the embedded PostgreSQL in "
              + dataDir
              + " ("
              + cause(e)
              + "). Fix: give a writable --data-dir, or --database-url for a PostgreSQL you run",
          e);
    }
  }

  public DataSource source() {
    return pool;
  }

  /** The most connections this process opens. */
  public int poolSize() {
    return pool.getMaximumPoolSize();
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
