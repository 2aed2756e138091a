package dev.ssotguard.rules;

import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** MySQL/MariaDB holds a tool's metadata (an authoritative store), which §2 forbids. */
@RuleInfo(
    id = "SSOT201",
    name = "mysql-as-ssot",
    severity = Severity.ERROR,
    scope = Scope.PRODUCTION,
    section = "§2 MUST NOT",
    summary = "MySQL/MariaDB is the store of an SSOT domain or of tool metadata",
    securitySeverity = "7.0",
    precision = "very-high")
public final class MysqlAsSsot implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    List<MetadataStore> mysql = new ArrayList<>();
    for (MetadataStore s : model.metadataStores()) {
      if (s.engine() != null && s.engine().isMysqlFamily()) {
        mysql.add(s);
      }
    }
    MetadataStoreFindings.once(mysql)
        .forEach(
            (s, again) ->
                findings.report(
                    Problem.at(s.location(), s.environment())
                        .message(
                            s.toolName()
                                + " service '"
                                + s.service()
                                + "' keeps its metadata in "
                                + s.engine().displayName()
                                + ": "
                                + Wording.reason(s)
                                + ". The policy forbids MySQL/MariaDB as the store of authoritative data; tool metadata"
                                + " belongs in PostgreSQL")
                        .key(s.toolId() + ":" + s.service())
                        .related(MetadataStoreFindings.withEvidence(s, again))));
  }
}
