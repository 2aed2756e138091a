package dev.ssotguard.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotguard.testing.PostgresForTests;
import dev.ssotguard.testing.Sql;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against the machine's PostgreSQL (127.0.0.1:5432, trust auth); skipped with a reason without it.
 */
class PostgresProbeTest {
  private final PostgresForTests.Server server = PostgresForTests.server();
  private final String prefix =
      "ssot_probe_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
  private Connection admin;

  @BeforeEach
  void createToolShapedSchemas() {
    try {
      Properties p = new Properties();
      p.setProperty("user", "postgres");
      p.setProperty("connectTimeout", "2");
      admin =
          DriverManager.getConnection(
              "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + server.database(),
              p);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + server + " refused the test", e);
    }
    Sql.exec(
        admin,
        "create schema " + prefix + "_superset",
        "create table " + prefix + "_superset.ab_user (id int)",
        "create table " + prefix + "_superset.dbs (id int)",
        "create table " + prefix + "_superset.slices (id int)",
        "create schema " + prefix + "_n8n",
        "create table " + prefix + "_n8n.n8n_workflow_entity (id int)",
        "create table " + prefix + "_n8n.n8n_execution_entity (id int)",
        "create schema " + prefix + "_odoo",
        "create table " + prefix + "_odoo.ir_module_module (id int)",
        "insert into " + prefix + "_odoo.ir_module_module values (1)");
  }

  @AfterEach
  void drop() throws SQLException {
    if (admin != null) {
      Sql.exec(
          admin,
          "drop schema if exists " + prefix + "_superset cascade",
          "drop schema if exists " + prefix + "_n8n cascade",
          "drop schema if exists " + prefix + "_odoo cascade");
      admin.close();
    }
  }

  private DatabaseLogin login() {
    return new DatabaseLogin(
        server.host(), server.port(), server.database(), "postgres", null, Duration.ofSeconds(3));
  }

  @Test
  void fingerprintsSupersetN8nAndOdooSchemas() throws Exception {
    DatabaseReport report = new PostgresProbe().probe(login());
    assertThat(report.engine()).isEqualTo("postgresql");
    assertThat(report.version()).startsWith("1");
    assertThat(report.user()).isEqualTo("postgres");
    assertThat(report.tls()).isNotNull();
    assertThat(report.fingerprints())
        .contains(
            new DatabaseReport.Fingerprint(
                "superset", prefix + "_superset", List.of("ab_user", "dbs", "slices")),
            new DatabaseReport.Fingerprint(
                "n8n", prefix + "_n8n", List.of("n8n_workflow_entity", "n8n_execution_entity")),
            new DatabaseReport.Fingerprint("odoo", prefix + "_odoo", List.of("ir_module_module")));
  }

  @Test
  void theSessionCannotWriteAndTheProbeWroteNothing() throws Exception {
    List<String> before = snapshot();
    new PostgresProbe().probe(login());
    assertThat(snapshot()).isEqualTo(before);
    try (Connection c = PostgresProbe.connect(login());
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("create table " + prefix + "_odoo.written (id int)"))
          .hasMessageContaining("read-only");
      assertThatThrownBy(() -> s.execute("delete from " + prefix + "_odoo.ir_module_module"))
          .hasMessageContaining("read-only");
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aClosedPortFailsWithinTheTimeoutAndNamesNoPassword() {
    DatabaseLogin closed =
        new DatabaseLogin(
            "127.0.0.1", 1, "test", "postgres", "CANARY-pw-7f3a9", Duration.ofSeconds(1));
    long start = System.nanoTime();
    assertThatThrownBy(() -> new PostgresProbe().probe(closed))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("postgres@127.0.0.1:1/test")
        .hasMessageNotContaining("CANARY");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  private List<String> snapshot() throws SQLException {
    List<String> rows = new ArrayList<>();
    rows.addAll(
        Sql.rows(
            admin,
            "select table_schema || '.' || table_name from information_schema.tables"
                + " where table_schema like '"
                + prefix
                + "%' order by 1"));
    rows.addAll(Sql.rows(admin, "select count(*) from " + prefix + "_odoo.ir_module_module"));
    return rows;
  }
}
