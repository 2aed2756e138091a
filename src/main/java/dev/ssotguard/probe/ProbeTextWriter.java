package dev.ssotguard.probe;

import java.util.List;
import java.util.stream.Collectors;

/** The probe's human-readable report: one block per target. */
public final class ProbeTextWriter {
  public String text(List<TargetReport> reports) {
    StringBuilder out = new StringBuilder();
    for (TargetReport r : reports) {
      out.append(r.target()).append('\n');
      for (DnsAnswer a : r.dns()) {
        out.append(String.format("  dns %-5s %s%n", a.type(), describe(a)));
      }
      for (TcpCheck.Result t : r.tcp()) {
        out.append(
            String.format(
                "  tcp   %s %s:%d %s (%d ms)%n",
                t.family(), t.address(), r.port(), t.outcome(), t.millis()));
      }
      DatabaseReport db = r.database();
      if (db != null) {
        out.append(
            String.format(
                "  %s %s, TLS %s, user %s, database %s%n",
                db.engine(), db.version(), db.tls(), db.user(), db.database()));
        db.providerHints().forEach(h -> out.append("  hint  ").append(h).append('\n'));
        for (DatabaseReport.Fingerprint f : db.fingerprints()) {
          out.append(
              String.format(
                  "  tool  %s metadata in %s (%s)%n",
                  f.tool(), f.schema(), String.join(", ", f.tables())));
        }
        for (DatabaseReport.LiveRoutine routine : db.routines()) {
          out.append(
              String.format(
                  "  logic %s %s.%s%n", routine.kind(), routine.schema(), routine.name()));
        }
        if (db.eventScheduler() != null) {
          out.append("  event_scheduler ").append(db.eventScheduler()).append('\n');
        }
      }
      for (LiveFinding f : r.findings()) {
        finding(out, f);
      }
      if (r.error() != null) {
        out.append("  ! ").append(r.error()).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The Superset block: each datasource with its masked URI and findings. */
  public String superset(String url, List<SupersetReport> datasources, String error) {
    StringBuilder out = new StringBuilder("superset ").append(url).append('\n');
    for (SupersetReport d : datasources) {
      out.append(String.format("  datasource %d %s: %s%n", d.id(), d.name(), d.uri()));
      for (LiveFinding f : d.findings()) {
        finding(out, f);
      }
    }
    if (error != null) {
      out.append("  ! ").append(error).append('\n');
    }
    return out.append('\n').toString();
  }

  private static void finding(StringBuilder out, LiveFinding f) {
    out.append(
        String.format(
            "  %-7s %s  %s%n",
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
