package dev.ssotguard.rules;

import dev.ssotguard.model.DatabaseFirewall;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;

/** A trusted-source rule that trusts every address is no allowlist at all. */
@RuleInfo(
    id = "SSOT604",
    name = "managed-db-allowlist-open",
    severity = Severity.ERROR,
    scope = Scope.ANY,
    section = "§6",
    summary = "A database firewall rule trusts 0.0.0.0/0 or a prefix wider than the policy allows",
    securitySeverity = "8.5",
    precision = "high")
public final class ManagedDbAllowlistOpen implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    int limit = model.policy().firewall().minimumPrefixLength();
    for (DatabaseFirewall firewall : model.databaseFirewalls()) {
      for (DatabaseFirewall.Rule rule : firewall.rules()) {
        if (!rule.type().equals("ip_addr")) {
          continue;
        }
        Cidr.parse(rule.value())
            .filter(cidr -> cidr.widerThan(limit))
            .ifPresent(
                cidr ->
                    findings.report(
                        Problem.at(rule.location(), firewall.environment())
                            .message(
                                "the database firewall trusts "
                                    + rule.value()
                                    + (cidr.prefixLength() == 0
                                        ? ", which is every address on the internet"
                                        : ", a /"
                                            + cidr.prefixLength()
                                            + " wider than the policy's limit of /"
                                            + limit)
                                    + ";")
                            .fix(
                                "list the droplets, apps, tags or Kubernetes clusters that use the"
                                    + " database (type = \"droplet\", \"app\", \"tag\", \"k8s\") or their"
                                    + " exact addresses")
                            .key("open:" + rule.value())));
      }
    }
  }
}
