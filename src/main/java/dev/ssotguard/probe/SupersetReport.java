package dev.ssotguard.probe;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.connection.EndpointClass;
import dev.ssotguard.connection.Engine;
import dev.ssotguard.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Superset's datasources as the probe judged them: Supabase Direct (SSOT403) and SQLite (SSOT301).
 *
 * @param uri the datasource URI with its password masked
 */
public record SupersetReport(
    int id, String name, String backend, String uri, List<LiveFinding> findings) {
  public SupersetReport {
    findings = List.copyOf(findings);
  }

  public static SupersetReport judge(SupersetApi.Datasource d, ConnectionStringParser parser) {
    Optional<ConnectionString> cs = parser.parse(d.sqlalchemyUri());
    List<LiveFinding> findings = new ArrayList<>();
    String uri = cs.map(ConnectionString::redacted).orElse("(not a URL the probe reads)");
    if (cs.isPresent()) {
      if (cs.get().engine() == Engine.SQLITE) {
        findings.add(
            new LiveFinding(
                "SSOT301",
                Severity.ERROR,
                "Superset datasource '"
                    + d.name()
                    + "' is a SQLite database ("
                    + uri
                    + "); the policy prohibits SQLite for production data"));
      } else if (cs.get().endpoint() == EndpointClass.SUPABASE_DIRECT) {
        findings.add(
            new LiveFinding(
                "SSOT403",
                Severity.WARNING,
                "Superset datasource '"
                    + d.name()
                    + "' connects to Supabase Direct "
                    + cs.get().host()
                    + " (IPv6 only); BI tools should use the shared pooler"));
      }
    }
    return new SupersetReport(d.id(), d.name(), d.backend(), uri, findings);
  }
}
