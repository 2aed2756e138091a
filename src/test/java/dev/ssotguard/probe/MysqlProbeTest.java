package dev.ssotguard.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

/** Against the machine's MariaDB (127.0.0.1:3306, root without password); skipped without it. */
class MysqlProbeTest {
  private final String db =
      "ssot_probe_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
  private Connection admin;

  @BeforeEach
  void createSchemaWithBusinessLogic() {
    try {
      Properties p = new Properties();
      p.setProperty("user", "root");
      p.setProperty("connectTimeout", "2000");
      admin = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", p);
    } catch (SQLException e) {
      assumeTrue(false, "MariaDB is not running on 127.0.0.1:3306 (" + e.getMessage() + ")");
    }
    Sql.exec(
        admin,
        "create database " + db,
        "create table " + db + ".invoices (id int primary key, total decimal(12,2))",
        "insert into " + db + ".invoices values (1, 10.00)",
        "create table " + db + ".ab_user (id int)",
        "create table " + db + ".dbs (id int)",
        "create table " + db + ".slices (id int)",
        "create trigger "
            + db
            + ".invoices_audit before update on "
            + db
            + ".invoices for each row set new.total = new.total",
        "create procedure " + db + ".close_period() select 1",
        "create event " + db + ".nightly on schedule every 1 day disable do select 1");
  }

  @AfterEach
  void drop() throws SQLException {
    if (admin != null) {
      Sql.exec(admin, "drop database if exists " + db);
      admin.close();
    }
  }

  private DatabaseLogin login() {
    return new DatabaseLogin("127.0.0.1", 3306, db, "root", null, Duration.ofSeconds(3));
  }

  @Test
  void reportsRoutinesTriggersEventsAndFingerprints() throws Exception {
    DatabaseReport report = new MysqlProbe().probe(login());
    assertThat(report.engine()).isEqualTo("mariadb");
    assertThat(report.version()).containsIgnoringCase("mariadb");
    assertThat(report.eventScheduler()).isNotBlank();
    assertThat(report.routines())
        .contains(
            new DatabaseReport.LiveRoutine(db, "PROCEDURE", "close_period"),
            new DatabaseReport.LiveRoutine(db, "TRIGGER", "invoices_audit"),
            new DatabaseReport.LiveRoutine(db, "EVENT", "nightly"));
    assertThat(report.fingerprints())
        .contains(
            new DatabaseReport.Fingerprint("superset", db, List.of("ab_user", "dbs", "slices")));
  }

  @Test
  void theCommandReportsLiveBusinessLogicAndExitsOne() {
    dev.ssotguard.testing.Scans.CliRun run =
        dev.ssotguard.testing.Scans.cli(
            "probe", "--target", "mysql://root@127.0.0.1:3306/" + db, "--format", "json");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("\"ruleId\" : \"SSOT204\"")
        .contains("PROCEDURE " + db + ".close_period")
        .contains("\"ruleId\" : \"SSOT201\"");
    dev.ssotguard.testing.Scans.CliRun sarif =
        dev.ssotguard.testing.Scans.cli(
            "probe", "--target", "mysql://root@127.0.0.1:3306/" + db, "--format", "sarif");
    assertThat(sarif.exitCode()).isEqualTo(1);
    assertThat(dev.ssotguard.testing.SarifSchema.errors(sarif.out())).isEmpty();
    assertThat(sarif.out()).contains("SSOT204").doesNotContain("\"locations\"");
  }

  @Test
  void theSessionCannotWriteAndTheProbeWroteNothing() throws Exception {
    List<String> before = snapshot();
    new MysqlProbe().probe(login());
    assertThat(snapshot()).isEqualTo(before);
    try (Connection c = MysqlProbe.connect(login());
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("insert into " + db + ".invoices values (2, 1.00)"))
          .hasMessageContaining("READ ONLY");
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  private List<String> snapshot() throws SQLException {
    List<String> rows = new ArrayList<>();
    rows.addAll(
        Sql.rows(
            admin,
            "select table_name from information_schema.tables where table_schema = '"
                + db
                + "' order by 1"));
    rows.addAll(Sql.rows(admin, "select count(*), sum(total) from " + db + ".invoices"));
    return rows;
  }

  @Test
  void aNativePasswordIsNotSentWithoutTls() throws Exception {
    String user = db + "_pw";
    Sql.exec(admin, "create user '" + user + "'@'%' identified by 'CANARY-my-pw'");
    try {
      DatabaseLogin withPassword =
          new DatabaseLogin("127.0.0.1", 3306, db, user, "CANARY-my-pw", Duration.ofSeconds(3));
      String tls = DatabaseLogin.one(admin, "select @@have_ssl");
      if ("YES".equals(tls)) {
        assertThat(new MysqlProbe().probe(withPassword).tls()).isNotEqualTo("off");
      } else {
        assertThatThrownBy(() -> new MysqlProbe().probe(withPassword))
            .isInstanceOf(ProbeException.class)
            .hasMessageContaining("mysql_native_password")
            .hasMessageNotContaining("CANARY");
      }
    } finally {
      Sql.exec(admin, "drop user '" + user + "'@'%'");
    }
  }
}
