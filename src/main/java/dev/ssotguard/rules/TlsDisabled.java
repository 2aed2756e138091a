package dev.ssotguard.rules;

import dev.ssotguard.connection.Hosts;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;
import dev.ssotguard.model.TlsSetting;
import java.util.Locale;
import java.util.Set;

/** A connection to a managed or remote PostgreSQL turns TLS off. */
@RuleInfo(
    id = "SSOT902",
    name = "tls-disabled",
    severity = Severity.WARNING,
    scope = Scope.PRODUCTION,
    section = "extension",
    summary = "A connection to a managed or remote PostgreSQL sets sslmode=disable or allow",
    securitySeverity = "7.0",
    precision = "high")
public final class TlsDisabled implements Rule {
  private static final Set<String> WEAK = Set.of("disable", "allow");

  @Override
  public void check(Model model, Findings findings) {
    for (TlsSetting t : model.tlsSettings()) {
      String mode = t.mode().toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "").trim();
      if (!WEAK.contains(mode) || !Hosts.isRemote(t.host())) {
        continue;
      }
      findings.report(
          Problem.at(t.location(), t.environment())
              .message(
                  t.via()
                      + " sets sslmode="
                      + mode
                      + " for "
                      + t.host()
                      + "; credentials and data would cross the network"
                      + " unencrypted (DigitalOcean managed databases refuse it, Supabase allows it).")
              .fix("Use sslmode=require or verify-full")
              .key("tls:" + t.host() + ":" + t.via()));
    }
  }
}
