package dev.ssotguard.rules;

import dev.ssotguard.model.Credential;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.PasswordSite;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tracked file holds a literal database password. */
@RuleInfo(
    id = "SSOT901",
    name = "plaintext-credential",
    severity = Severity.ERROR,
    scope = Scope.ANY,
    section = "extension",
    summary = "A tracked file holds a literal database password",
    securitySeverity = "8.5",
    precision = "very-high")
public final class PlaintextCredential implements Rule {
  private static String sameSecret(Credential c) {
    String what =
        !c.sameValue().isEmpty()
            ? "value:" + c.sameValue()
            : c.site() instanceof PasswordSite.InSetting s ? "setting:" + s.key() : c.key();
    return c.location().path() + "\0" + what;
  }

  @Override
  public void check(Model model, Findings findings) {
    // One finding per password: the same user, host and database written again in one file (a
    // stack's services sharing one URL), or the same value set again in another setting of the
    // file (POSTGRES_PASSWORD on the database, DB_PASSWORD on the app), are related locations of
    // the first.
    Map<String, List<Credential>> byPassword = new LinkedHashMap<>();
    for (Credential c : model.credentials()) {
      if (!c.tracked() || !(c.remoteHost() || c.environment() == Environment.PRODUCTION)) {
        continue;
      }
      byPassword.computeIfAbsent(sameSecret(c), k -> new ArrayList<>()).add(c);
    }
    for (List<Credential> same : byPassword.values()) {
      Credential c = same.get(0);
      List<Related> again = new ArrayList<>();
      for (Credential other : same.subList(1, same.size())) {
        again.add(new Related(other.location(), "the same password again"));
      }
      String where = c.remoteHost() ? "for the remote host " + c.host() : "in a production file";
      findings.report(
          Problem.at(c.location(), Environment.PRODUCTION)
              .message(
                  "committed file holds "
                      + Wording.password(c.site())
                      + " "
                      + where
                      + "; anyone with the repository can use it.")
              .fix(
                  "Rotate the password, remove it from the file and its history, and reference a secret"
                      + " instead (${DB_PASSWORD}, ${{ secrets.DB_PASSWORD }}, a *_FILE secret)")
              .key(c.key())
              .related(again));
    }
  }
}
