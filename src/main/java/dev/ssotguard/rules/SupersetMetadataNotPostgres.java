package dev.ssotguard.rules;

import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;

/** A Superset deployment's metadata database is not PostgreSQL. */
@RuleInfo(
    id = "SSOT401",
    name = "superset-metadata-not-postgres",
    severity = Severity.ERROR,
    scope = Scope.PRODUCTION,
    section = "§3, §4",
    summary = "A Superset deployment's metadata database is not PostgreSQL")
public final class SupersetMetadataNotPostgres implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    for (MetadataStore store : model.metadataStores()) {
      if (store.rule().equals(info().id()) && MetadataStoreFindings.isBreak(store)) {
        MetadataStoreFindings.report(store, findings);
      }
    }
  }
}
