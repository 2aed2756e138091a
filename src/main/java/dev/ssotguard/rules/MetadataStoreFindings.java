package dev.ssotguard.rules;

import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.MetadataStore.Verdict;
import dev.ssotguard.model.Severity;

/** Shared wording for the two metadata-store rules (SSOT401, SSOT402). */
final class MetadataStoreFindings {
  private MetadataStoreFindings() {}

  static boolean isBreak(MetadataStore store) {
    return store.verdict() == Verdict.OTHER_ENGINE
        || store.verdict() == Verdict.DEFAULT_NOT_POSTGRESQL
        || store.verdict() == Verdict.MISCONFIGURED;
  }

  static void report(MetadataStore store, Findings findings) {
    String unconfirmed =
        store.confirmed()
            ? ""
            : " (the tool's default could not be confirmed in its documentation)";
    String message =
        store.toolName()
            + " service '"
            + store.service()
            + "' keeps its metadata "
            + (store.engine() == null ? "outside PostgreSQL" : "in " + store.engine().displayName())
            + ": "
            + store.detail()
            + unconfirmed
            + ". The policy requires tool metadata in PostgreSQL (DO Managed Postgres or Supabase)."
            + (store.fix() == null ? "" : " Fix: " + store.fix());
    Severity severity = store.confirmed() ? Severity.ERROR : Severity.WARNING;
    findings.report(
        store.environment(),
        store.location(),
        message,
        store.toolId() + ":" + store.service(),
        store.related(),
        severity);
  }
}
