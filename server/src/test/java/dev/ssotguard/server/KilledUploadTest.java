package dev.ssotguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A server process killed (SIGKILL) in the middle of storing an upload leaves no partial scan: the
 * upload is one transaction, and PostgreSQL drops what was not committed.
 */
class KilledUploadTest {
  static final int FINDINGS = 400_000;

  @Test
  void aKilledServerLeavesNoPartialScan() throws Exception {
    DatabaseTarget target = TestDatabase.fresh();
    try (Database db = Database.open(target, 2)) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process child =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  StoreInChildProcess.class.getName(),
                  target.jdbcUrl(),
                  target.login().getProperty("user"))
              .redirectErrorStream(true)
              .start();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null && !line.equals("storing")) {
        // start-up output
      }
      assertThat(line).as("the child started storing").isEqualTo("storing");
      Thread.sleep(1500);
      assertThat(child.isAlive()).as("still storing when killed (raise FINDINGS)").isTrue();
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      try (Connection c = db.source().getConnection();
          Statement s = c.createStatement()) {
        for (String table : List.of("repositories", "scans", "findings", "scan_rule_counts")) {
          try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            assertThat(r.getLong(1)).as(table).isZero();
          }
        }
      }
    }
  }

  /** The child: stores one large upload through {@link ScanStore}, as the server does. */
  static final class StoreInChildProcess {
    public static void main(String[] args) throws Exception {
      java.util.Properties login = new java.util.Properties();
      login.setProperty("user", args[1]);
      try (Database db = Database.open(new DatabaseTarget(args[0], login, null), 2)) {
        ObjectNode report = Fixtures.JSON.createObjectNode();
        report.put("schemaVersion", 1);
        report.putObject("tool").put("name", "ssot-guard").put("version", "0.1.0");
        report
            .putObject("summary")
            .put("files", 1)
            .put("errors", FINDINGS)
            .put("warnings", 0)
            .put("notes", 0)
            .put("diagnostics", 0)
            .put("suppressed", 0);
        ArrayNode findings = report.putArray("findings");
        for (int i = 0; i < FINDINGS; i++) {
          findings
              .addObject()
              .put("rule", "SSOT301")
              .put("name", "sqlite-in-production")
              .put("severity", "error")
              .put("message", "SQLite in production")
              .put("path", "app/f" + i + ".env")
              .put("line", 1)
              .put("column", 1)
              .put("fingerprint", "0123456789abcdef0123456789abcdef")
              .putArray("related");
        }
        Upload u =
            new Upload(
                "acme", "big", "main", "c1", Instant.now(), "0.1.0", null, report, null, "d1");
        System.out.println("storing");
        System.out.flush();
        new ScanStore(db.source()).store(u);
        System.out.println("stored");
      }
    }
  }
}
