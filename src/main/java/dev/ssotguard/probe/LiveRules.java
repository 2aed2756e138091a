package dev.ssotguard.probe;

import dev.ssotguard.connection.Hosts;
import dev.ssotguard.model.Severity;
import dev.ssotguard.policy.DomainPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges what a probe saw with the scan's rule IDs: an IPv6-only host used by IPv4-only clients
 * (SSOT501), business logic on MySQL (SSOT204), tool metadata on MySQL (SSOT201) or with a provider
 * the policy does not name (SSOT102), and an unencrypted session with a remote host (SSOT902).
 */
final class LiveRules {
  private LiveRules() {}

  /** The provider by the host name, else by what the server showed of itself. */
  static String provider(String host, List<String> hints) {
    if (Hosts.isDigitalOceanManaged(host)
        || hints.stream().anyMatch(h -> h.startsWith("digitalocean:"))) {
      return "digitalocean";
    }
    if (Hosts.isSupabaseDirect(host)
        || Hosts.isSupabasePooler(host)
        || hints.stream().anyMatch(h -> h.startsWith("supabase:"))) {
      return "supabase";
    }
    return "self-hosted";
  }

  /**
   * @param db the session's report, or null when none was opened
   * @param ipv4OnlyClients the repository's clients of the host that have no IPv6
   * @param domains the policy's §1 table
   */
  static List<LiveFinding> judge(
      String host,
      List<DnsAnswer> dns,
      DatabaseReport db,
      List<String> ipv4OnlyClients,
      DomainPolicy domains) {
    List<LiveFinding> out = new ArrayList<>();
    boolean noA =
        dns.stream()
            .anyMatch(a -> a.type().equals("A") && a.outcome() == DnsAnswer.Outcome.NO_RECORD);
    if (noA && !ipv4OnlyClients.isEmpty()) {
      out.add(
          new LiveFinding(
              "SSOT501",
              Severity.ERROR,
              host
                  + " has no A record (live DNS), and "
                  + String.join(", ", ipv4OnlyClients)
                  + (ipv4OnlyClients.size() == 1 ? " has" : " have")
                  + " no IPv6: the connection fails. Use the Supabase shared pooler"
                  + " (aws-<N>-<region>.pooler.supabase.com, user postgres.<ref>)"));
    }
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
                    + host
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
                    + host
                    + ": tool metadata must be in PostgreSQL"));
      }
    }
    if (!mysql) {
      String provider = provider(host, db.providerHints());
      for (DatabaseReport.Fingerprint f : db.fingerprints()) {
        domains
            .of(f.tool())
            .filter(d -> !d.providers().contains(provider))
            .ifPresent(
                d ->
                    out.add(
                        new LiveFinding(
                            "SSOT102",
                            Severity.WARNING,
                            f.tool()
                                + " metadata ("
                                + d.name()
                                + ") is on "
                                + provider
                                + " PostgreSQL "
                                + host
                                + " (schema "
                                + f.schema()
                                + "); the policy names "
                                + String.join(" or ", d.providers())
                                + " for it")));
      }
    }
    if (db.tls().equals("off") && Hosts.isRemote(host)) {
      out.add(
          new LiveFinding(
              "SSOT902",
              Severity.WARNING,
              "the session with "
                  + host
                  + " is not encrypted (TLS off); credentials and data cross the network in clear"));
    }
    return out;
  }
}
