package dev.ssotguard.rules;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.EndpointClass;
import dev.ssotguard.model.ClientRuntime;
import dev.ssotguard.model.Connection;
import dev.ssotguard.model.Related;
import java.util.ArrayList;
import java.util.List;

/** Shared facts and wording of the Supabase connectivity rules (DOMAIN.md §1). */
final class Supabase {
  private Supabase() {}

  /** Direct and the dedicated pooler both live on db.<ref>.supabase.co: IPv6 only. */
  static boolean isIpv6OnlyHost(ConnectionString cs) {
    return cs.endpoint() == EndpointClass.SUPABASE_DIRECT
        || cs.endpoint() == EndpointClass.SUPABASE_DEDICATED_POOLER;
  }

  static String endpointName(ConnectionString cs) {
    return cs.endpoint() == EndpointClass.SUPABASE_DEDICATED_POOLER
        ? "the dedicated pooler on "
            + hostPort(cs)
            + " (IPv6 only, unless the paid IPv4 add-on is on)"
        : "Supabase Direct " + hostPort(cs) + " (IPv6 only, unless the paid IPv4 add-on is on)";
  }

  static String hostPort(ConnectionString cs) {
    return cs.port() == 0 ? cs.host() : cs.host() + ":" + cs.port();
  }

  /** The project ref of a Supabase host or pooler user, or "<ref>". */
  static String ref(ConnectionString cs) {
    String host = cs.host();
    if (host.startsWith("db.") && host.endsWith(".supabase.co")) {
      return host.substring(3, host.length() - ".supabase.co".length());
    }
    int dot = cs.user().indexOf('.');
    return dot > 0 ? cs.user().substring(dot + 1) : "<ref>";
  }

  static String poolerFix(ConnectionString cs) {
    return "connect through the shared pooler instead: user postgres."
        + ref(cs)
        + " at aws-<N>-<region>.pooler.supabase.com:6543 (transaction mode; port 5432 for session mode),"
        + " as shown in the project's Connect dialog";
  }

  static List<Related> runtimeEvidence(Connection c) {
    List<Related> related = new ArrayList<>(Wording.related(c.evidence()));
    ClientRuntime r = c.runtime();
    if (r.declaredAt() != null) {
      related.add(new Related(r.declaredAt(), "runs on: " + r.name()));
    }
    return related;
  }
}
