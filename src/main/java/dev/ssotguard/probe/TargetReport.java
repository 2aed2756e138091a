package dev.ssotguard.probe;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What the probe saw of one target.
 *
 * @param target the connection string with its password masked
 * @param database the session's report, or null when no session was opened
 * @param error why the database step failed or was skipped, or null
 */
public record TargetReport(
    String target,
    String engine,
    String host,
    int port,
    List<DnsAnswer> dns,
    List<TcpCheck.Result> tcp,
    DatabaseReport database,
    String error) {
  public TargetReport {
    dns = List.copyOf(dns);
    tcp = List.copyOf(tcp);
  }

  /** What breaks the policy in what was seen. */
  @JsonProperty("findings")
  public List<LiveFinding> findings() {
    return LiveRules.judge(this);
  }
}
