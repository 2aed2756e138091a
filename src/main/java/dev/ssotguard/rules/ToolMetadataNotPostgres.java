package dev.ssotguard.rules;

import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Another tool's metadata store (n8n and the tools of the knowledge base) is not PostgreSQL: every
 * tool knowledge/tools.yaml does not give to another rule (Superset's is SSOT401's).
 */
@RuleInfo(
    id = "SSOT402",
    name = "tool-metadata-not-postgres",
    severity = Severity.ERROR,
    scope = Scope.PRODUCTION,
    section = "§1 table, §3",
    summary =
        "Another tool's metadata store (n8n, Metabase, Airflow, Grafana, ...) is not PostgreSQL",
    securitySeverity = "6.5",
    precision = "very-high")
public final class ToolMetadataNotPostgres implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    List<MetadataStore> judged = new ArrayList<>();
    for (MetadataStore store : model.metadataStores()) {
      // A MySQL/MariaDB metadata store is SSOT201's fault (RULES.md): one finding per fault.
      boolean mysql = store.engine() != null && store.engine().isMysqlFamily();
      if (store.rule().equals(info().id()) && MetadataStoreFindings.isBreak(store) && !mysql) {
        judged.add(store);
      }
    }
    MetadataStoreFindings.once(judged)
        .forEach((store, again) -> MetadataStoreFindings.report(store, again, findings));
  }
}
