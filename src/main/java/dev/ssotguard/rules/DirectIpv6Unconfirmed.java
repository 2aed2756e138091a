package dev.ssotguard.rules;

import dev.ssotguard.model.ClientRuntime;
import dev.ssotguard.model.Connection;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;

/**
 * A client whose IPv6 is not shown (compose, Kubernetes, self-hosted runners) uses Supabase Direct.
 */
@RuleInfo(
    id = "SSOT502",
    name = "direct-ipv6-unconfirmed",
    severity = Severity.WARNING,
    scope = Scope.PRODUCTION,
    section = "§5",
    summary = "A client whose runtime is not shown to have IPv6 connects to Supabase Direct",
    securitySeverity = "4.0",
    precision = "medium")
public final class DirectIpv6Unconfirmed implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    for (Connection c : model.connections()) {
      if (c.target() == null
          || !Supabase.isIpv6OnlyHost(c.target())
          || !c.runtime().known()
          || c.runtime().ipv6() != ClientRuntime.Ipv6.UNKNOWN) {
        continue;
      }
      findings.report(
          Problem.at(c.location(), c.environment())
              .message(
                  c.client()
                      + " runs on a "
                      + c.runtime().name()
                      + " whose IPv6 the repository does not show, and connects"
                      + " to "
                      + Supabase.endpointName(c.target())
                      + ".")
              .fix(
                  "Confirm the host has IPv6 egress (for compose: a network with enable_ipv6: true on"
                      + " an IPv6 host), or "
                      + Supabase.poolerFix(c.target()))
              .key("direct-unconfirmed:" + c.client() + ":" + c.target().host())
              .related(Supabase.runtimeEvidence(c)));
    }
  }
}
