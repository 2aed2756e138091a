package dev.ssotguard.rules;

import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** A Superset deployment's metadata database is not PostgreSQL. */
@RuleInfo(
    id = "SSOT401",
    name = "superset-metadata-not-postgres",
    severity = Severity.ERROR,
    scope = Scope.PRODUCTION,
    section = "§3, §4",
    summary = "A Superset deployment's metadata database is not PostgreSQL",
    securitySeverity = "6.5",
    precision = "high")
public final class SupersetMetadataNotPostgres implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    List<MetadataStore> judged = new ArrayList<>();
    for (MetadataStore store : model.metadataStores()) {
      if (store.rule().equals(info().id()) && MetadataStoreFindings.isBreak(store)) {
        judged.add(store);
      }
    }
    MetadataStoreFindings.once(judged)
        .forEach((store, again) -> MetadataStoreFindings.report(store, again, findings));
  }
}
