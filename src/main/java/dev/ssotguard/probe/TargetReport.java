package dev.ssotguard.probe;

import java.util.List;

/**
 * What the probe saw of one target.
 *
 * @param target the connection string with its password masked
 * @param database the session's report, or null when no session was opened
 * @param error why the database step failed or was skipped, or null
 * @param ipv4OnlyClients clients in the scanned repository that reach this target without IPv6
 * @param findings what breaks the policy in what was seen ({@link LiveRules})
 */
public record TargetReport(
    String target,
    String engine,
    String host,
    int port,
    List<DnsAnswer> dns,
    List<TcpCheck.Result> tcp,
    DatabaseReport database,
    String error,
    List<String> ipv4OnlyClients,
    List<LiveFinding> findings) {
  public TargetReport {
    dns = List.copyOf(dns);
    tcp = List.copyOf(tcp);
    ipv4OnlyClients = List.copyOf(ipv4OnlyClients);
    findings = List.copyOf(findings);
  }
}
