package dev.ssotguard.rules;

import dev.ssotguard.model.ClientRuntime;
import dev.ssotguard.model.Connection;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;

/** A BI datasource points at Supabase Direct; the policy prefers the pooler for BI. */
@RuleInfo(
    id = "SSOT403",
    name = "bi-datasource-direct",
    severity = Severity.WARNING,
    scope = Scope.PRODUCTION,
    section = "§4",
    summary = "A BI datasource points at Supabase Direct; the pooler is preferred",
    securitySeverity = "3.0",
    precision = "high")
public final class BiDatasourceDirect implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    for (Connection c : model.connections()) {
      if (!c.biDatasource()
          || c.target() == null
          || !Supabase.isIpv6OnlyHost(c.target())
          || c.runtime().ipv6() == ClientRuntime.Ipv6.NO) {
        continue; // an IPv4-only BI host is SSOT501's
      }
      findings.report(
          Problem.at(c.location(), c.environment())
              .message(
                  "BI datasource connects to "
                      + Supabase.endpointName(c.target())
                      + "; the policy prefers the transaction"
                      + " pooler for BI connections (IPv4-safe, works from every BI host).")
              .fix(Supabase.poolerFix(c.target()))
              .key("bi:" + c.target().host())
              .evidence(c.evidence()));
    }
  }
}
