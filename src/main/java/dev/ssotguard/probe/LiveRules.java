package dev.ssotguard.probe;

import dev.ssotguard.connection.Hosts;
import dev.ssotguard.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges what a probe saw with the scan's rule IDs: business logic on MySQL (SSOT204), tool
 * metadata on MySQL (SSOT201), and an unencrypted session with a remote host (SSOT902).
 */
final class LiveRules {
  private LiveRules() {}

  static List<LiveFinding> judge(TargetReport report) {
    List<LiveFinding> out = new ArrayList<>();
    DatabaseReport db = report.database();
    if (db == null) {
      return out;
    }
    boolean mysql = !db.engine().equals("postgresql");
    if (mysql) {
      for (DatabaseReport.LiveRoutine r : db.routines()) {
        out.add(
            new LiveFinding(
                "SSOT204",
                Severity.ERROR,
                r.kind()
                    + " "
                    + r.schema()
                    + "."
                    + r.name()
                    + " lives on "
                    + db.engine()
                    + " "
                    + report.host()
                    + ": the policy forbids authoritative business logic on MySQL/MariaDB"));
      }
      for (DatabaseReport.Fingerprint f : db.fingerprints()) {
        out.add(
            new LiveFinding(
                "SSOT201",
                Severity.ERROR,
                f.tool()
                    + " metadata ("
                    + String.join(", ", f.tables())
                    + ") is in schema "
                    + f.schema()
                    + " on "
                    + db.engine()
                    + " "
                    + report.host()
                    + ": tool metadata must be in PostgreSQL"));
      }
    }
    if (db.tls().equals("off") && Hosts.isRemote(report.host())) {
      out.add(
          new LiveFinding(
              "SSOT902",
              Severity.WARNING,
              "the session with "
                  + report.host()
                  + " is not encrypted (TLS off); credentials and data cross the network in clear"));
    }
    return out;
  }
}
