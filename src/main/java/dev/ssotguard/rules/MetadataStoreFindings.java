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
    String caveat = store.caveat() == null ? "" : " (" + Wording.caveat(store.caveat()) + ")";
    String message =
        store.toolName()
            + " service '"
            + store.service()
            + "' keeps its metadata "
            + (store.engine() == null ? "outside PostgreSQL" : "in " + store.engine().displayName())
            + ": "
            + Wording.reason(store)
            + caveat
            + ". The policy requires tool metadata in PostgreSQL (DO Managed Postgres or Supabase)."
            + (store.fix() == null ? "" : " Fix: " + store.fix());
    Severity severity = store.caveat() == null ? Severity.ERROR : Severity.WARNING;
    findings.report(
        Problem.at(store.location(), store.environment())
            .message(message)
            .key(store.toolId() + ":" + store.service())
            .evidence(store.evidence())
            .severity(severity));
  }
}
