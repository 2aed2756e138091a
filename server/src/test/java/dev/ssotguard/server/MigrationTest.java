package dev.ssotguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Several servers starting at once on an empty database migrate it once (Flyway's lock). */
class MigrationTest {
  @Test
  void serversStartingAtOnceMigrateOnce() throws Exception {
    DatabaseTarget target = TestDatabase.fresh();
    int servers = 6;
    List<HikariDataSource> pools = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(servers);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> started = new ArrayList<>();
      for (int i = 0; i < servers; i++) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.jdbcUrl());
        config.setDataSourceProperties(target.login());
        config.setMaximumPoolSize(3);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        started.add(
            threads.submit(
                () -> {
                  go.await();
                  Database.migrate(pool);
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : started) {
        f.get();
      }
      try (Connection c = pools.get(0).getConnection();
          Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT count(*) FROM ssot_schema_history WHERE success AND version = '1'")) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(1);
      }
    } finally {
      threads.shutdownNow();
      pools.forEach(HikariDataSource::close);
    }
  }
}
