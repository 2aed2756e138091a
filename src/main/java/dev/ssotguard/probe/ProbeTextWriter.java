package dev.ssotguard.probe;

import dev.ssotguard.report.Display;
import java.util.List;
import java.util.stream.Collectors;

/** The probe's human-readable report: one block per target. */
public final class ProbeTextWriter {
  public String text(List<TargetReport> reports) {
    StringBuilder out = new StringBuilder();
    for (TargetReport r : reports) {
      line(out, r.target());
      for (DnsAnswer a : r.dns()) {
        line(out, String.format("  dns %-5s %s", a.type(), describe(a)));
      }
      for (TcpCheck.Result t : r.tcp()) {
        line(
            out,
            String.format(
                "  tcp   %s %s:%d %s (%d ms)",
                t.family(), t.address(), r.port(), t.outcome(), t.millis()));
      }
      DatabaseReport db = r.database();
      if (db != null) {
        line(
            out,
            String.format(
                "  %s %s, TLS %s, user %s, database %s",
                db.engine(), db.version(), db.tls(), db.user(), db.database()));
        db.providerHints().forEach(h -> line(out, "  hint  " + h));
        for (DatabaseReport.Fingerprint f : db.fingerprints()) {
          line(
              out,
              String.format(
                  "  tool  %s metadata in %s (%s)",
                  f.tool(), f.schema(), String.join(", ", f.tables())));
        }
        for (DatabaseReport.LiveRoutine routine : db.routines()) {
          line(
              out,
              String.format("  logic %s %s.%s", routine.kind(), routine.schema(), routine.name()));
        }
        if (db.eventScheduler() != null) {
          line(out, "  event_scheduler " + db.eventScheduler());
        }
      }
      for (LiveFinding f : r.findings()) {
        finding(out, f);
      }
      if (r.error() != null) {
        line(out, "  ! " + r.error());
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The Superset block: each datasource with its masked URI and findings. */
  public String superset(String url, List<SupersetReport> datasources, String error) {
    StringBuilder out = new StringBuilder();
    line(out, "superset " + url);
    for (SupersetReport d : datasources) {
      line(out, String.format("  datasource %d %s: %s", d.id(), d.name(), d.uri()));
      for (LiveFinding f : d.findings()) {
        finding(out, f);
      }
    }
    if (error != null) {
      line(out, "  ! " + error);
    }
    return out.append('\n').toString();
  }

  /**
   * One line: servers, targets and repositories supply its values, so controls and bidi characters
   * are escaped (a newline in an error cannot forge a line) and long values clipped.
   */
  private static void line(StringBuilder out, String text) {
    out.append(Display.text(text)).append('\n');
  }

  private static void finding(StringBuilder out, LiveFinding f) {
    line(
        out,
        String.format(
            "  %-7s %s  %s",
            f.severity().name().toLowerCase(java.util.Locale.ROOT), f.ruleId(), f.message()));
  }

  private static String describe(DnsAnswer a) {
    return switch (a.outcome()) {
      case ADDRESSES -> a.addresses().stream().collect(Collectors.joining(", "));
      case NO_RECORD -> "no " + a.type() + " record";
      case NO_SUCH_NAME -> "no such name";
      case TIMEOUT -> "no answer (timeout)";
      case FAILED -> "lookup failed";
    };
  }
}
