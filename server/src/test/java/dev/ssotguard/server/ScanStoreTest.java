package dev.ssotguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an upload's rows are derived: verdicts of connections, per-rule counts, endpoint classes. */
class ScanStoreTest {
  private static ObjectNode finding(String rule, String severity, int line, int relatedLine) {
    ObjectNode f = Fixtures.JSON.createObjectNode();
    f.put("rule", rule).put("severity", severity).put("message", "m").put("path", "app.env");
    f.put("line", line).put("column", 1).put("fingerprint", "0".repeat(32));
    ArrayNode related = f.putArray("related");
    if (relatedLine > 0) {
      related.addObject().put("path", "app.env").put("line", relatedLine).put("column", 1);
    }
    return f;
  }

  private static ObjectNode connection(int line, String endpoint) {
    ObjectNode c = Fixtures.JSON.createObjectNode();
    c.put("client", "app").put("runtime", "Docker Compose service").put("ipv6", "unknown");
    c.put("datastore", "d").put("engine", "PostgreSQL").put("endpoint", endpoint);
    c.put("value", "v").put("environment", "production");
    c.putObject("location").put("path", "app.env").put("line", line).put("column", 1);
    c.putArray("related");
    return c;
  }

  @Test
  void verdictsCountsAndEndpointClasses() throws Exception {
    ObjectNode report = Fixtures.JSON.createObjectNode();
    report
        .putObject("summary")
        .put("files", 1)
        .put("errors", 2)
        .put("warnings", 1)
        .put("notes", 0)
        .put("suppressed", 1);
    ArrayNode findings = report.putArray("findings");
    findings.add(finding("SSOT901", "error", 1, 0));
    findings.add(finding("SSOT401", "warning", 3, 4)); // points at the connection on line 4
    findings.add(finding("SSOT901", "error", 6, 0));
    ObjectNode waived = finding("SSOT301", "error", 8, 0);
    waived.putObject("suppression").put("kind", "waiver").put("justification", "until 2099");
    findings.add(waived);
    ObjectNode inventory = Fixtures.JSON.createObjectNode();
    inventory.putArray("datastores");
    ArrayNode links = inventory.putArray("connections");
    links.add(connection(1, "direct :5432"));
    links.add(connection(4, "DO managed :25060"));
    links.add(connection(5, "Supabase Direct"));
    links.add(connection(8, "local"));
    try (Database db = Database.open(TestDatabase.fresh(), 2)) {
      long scan =
          new ScanStore(db.source())
              .store(
                  new Upload(
                      "acme",
                      "app",
                      "main",
                      "c1",
                      Instant.now(),
                      "0.1.0",
                      null,
                      report,
                      inventory,
                      "digest"))
              .scanId();
      try (Connection c = db.source().getConnection();
          Statement s = c.createStatement()) {
        Map<Integer, String> verdicts = new LinkedHashMap<>();
        Map<Integer, String> classes = new LinkedHashMap<>();
        try (ResultSet r =
            s.executeQuery(
                "SELECT line, verdict, endpoint_class FROM connections WHERE scan_id = "
                    + scan
                    + " ORDER BY line")) {
          while (r.next()) {
            verdicts.put(r.getInt(1), r.getString(2));
            classes.put(r.getInt(1), r.getString(3));
          }
        }
        assertThat(verdicts)
            .containsExactly(
                Map.entry(1, "error"),
                Map.entry(4, "warning"),
                Map.entry(5, "ok"),
                Map.entry(8, "ok")); // a waived finding is no verdict
        assertThat(classes.values())
            .containsExactly("direct", "DO managed", "Supabase Direct", "local");
        Map<String, String> counts = new LinkedHashMap<>();
        try (ResultSet r =
            s.executeQuery(
                "SELECT rule_id, errors || '/' || warnings || '/' || notes FROM scan_rule_counts"
                    + " ORDER BY rule_id")) {
          while (r.next()) {
            counts.put(r.getString(1), r.getString(2));
          }
        }
        assertThat(counts)
            .containsExactly(Map.entry("SSOT401", "0/1/0"), Map.entry("SSOT901", "2/0/0"));
      }
    }
  }
}
