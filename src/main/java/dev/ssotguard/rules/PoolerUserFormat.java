package dev.ssotguard.rules;

import dev.ssotguard.connection.EndpointClass;
import dev.ssotguard.connection.Hosts;
import dev.ssotguard.model.Connection;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;

/** The shared pooler needs user postgres.<ref>; the direct host needs plain postgres. */
@RuleInfo(
    id = "SSOT504",
    name = "pooler-user-format",
    severity = Severity.ERROR,
    scope = Scope.ANY,
    section = "§5 (extension)",
    summary = "Shared pooler with a user lacking .<ref>, or postgres.<ref> on the direct host",
    securitySeverity = "5.0",
    precision = "high")
public final class PoolerUserFormat implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    for (Connection c : model.connections()) {
      if (c.target() == null
          || c.target().user().isEmpty()
          || Hosts.isVariable(c.target().user())) {
        continue;
      }
      String user = c.target().user();
      EndpointClass endpoint = c.target().endpoint();
      boolean pooler =
          endpoint == EndpointClass.SUPABASE_POOLER_SESSION
              || endpoint == EndpointClass.SUPABASE_POOLER_TRANSACTION;
      if (pooler && !user.contains(".")) {
        findings.report(
            Problem.at(c.location(), c.environment())
                .message(
                    c.client()
                        + " connects to the shared pooler "
                        + Supabase.hostPort(c.target())
                        + " as user '"
                        + user
                        + "': Supavisor needs the project in the user name and answers \"Tenant or user not found\".")
                .fix("Use '" + user + ".<project-ref>' (for example postgres.<ref>)")
                .key("pooler-user:" + c.client() + ":" + c.target().host())
                .evidence(c.evidence()));
      } else if (Supabase.isIpv6OnlyHost(c.target()) && user.contains(".")) {
        findings.report(
            Problem.at(c.location(), c.environment())
                .message(
                    c.client()
                        + " connects to "
                        + Supabase.hostPort(c.target())
                        + " as user '"
                        + user
                        + "': the '."
                        + Supabase.ref(c.target())
                        + "' suffix is for the shared pooler only; on the direct host the user is"
                        + " '"
                        + user.substring(0, user.indexOf('.'))
                        + "'")
                .key("direct-user:" + c.client() + ":" + c.target().host())
                .evidence(c.evidence()));
      }
    }
  }
}
