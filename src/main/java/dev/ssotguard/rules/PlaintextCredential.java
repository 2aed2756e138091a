package dev.ssotguard.rules;

import dev.ssotguard.model.Credential;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;

/** A tracked file holds a literal database password. */
@RuleInfo(
    id = "SSOT901",
    name = "plaintext-credential",
    severity = Severity.ERROR,
    scope = Scope.ANY,
    section = "beyond the seed",
    summary = "A tracked file holds a literal database password")
public final class PlaintextCredential implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    for (Credential c : model.credentials()) {
      if (!c.tracked() || !(c.remoteHost() || c.environment() == Environment.PRODUCTION)) {
        continue;
      }
      String where = c.remoteHost() ? "for the remote host " + c.host() : "in a production file";
      findings.report(
          Problem.at(c.location(), Environment.PRODUCTION)
              .message(
                  "committed file holds "
                      + Wording.password(c.site())
                      + " "
                      + where
                      + "; anyone with the repository can use it. Rotate the"
                      + " password, remove it from the file and its history, and reference a secret instead (${DB_PASSWORD},"
                      + " ${{ secrets.DB_PASSWORD }}, a *_FILE secret)")
              .key(c.key()));
    }
  }
}
