package dev.ssotguard.rules;

import dev.ssotguard.model.ClientRuntime;
import dev.ssotguard.model.Connection;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;

/** An IPv4-only client connects to Supabase's IPv6-only Direct host (or dedicated pooler). */
@RuleInfo(
    id = "SSOT501",
    name = "ipv4-client-direct",
    severity = Severity.ERROR,
    scope = Scope.ANY,
    section = "§5",
    summary =
        "An IPv4-only client connects to Supabase Direct or the dedicated pooler on db.<ref>.supabase.co",
    securitySeverity = "6.0",
    precision = "high")
public final class Ipv4ClientDirect implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    for (Connection c : model.connections()) {
      if (c.target() == null
          || !Supabase.isIpv6OnlyHost(c.target())
          || c.runtime().ipv6() != ClientRuntime.Ipv6.NO) {
        continue;
      }
      String assumed =
          c.runtime().assumed()
              ? " (that this runtime has no IPv6 is an assumption; confirm it before relying on Direct)"
              : "";
      findings.report(
          Problem.at(c.location(), c.environment())
              .message(
                  c.client()
                      + " runs on a "
                      + c.runtime().name()
                      + ", which has no IPv6"
                      + assumed
                      + ", and connects to "
                      + Supabase.endpointName(c.target())
                      + ": the connection fails. Per the policy IPv4-only clients must "
                      + "use the pooler;")
              .fix(Supabase.poolerFix(c.target()))
              .key("direct:" + c.client() + ":" + c.target().host())
              .related(Supabase.runtimeEvidence(c))
              .severity(c.runtime().assumed() ? Severity.WARNING : Severity.ERROR));
    }
  }
}
