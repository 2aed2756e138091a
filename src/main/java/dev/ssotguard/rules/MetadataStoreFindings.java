package dev.ssotguard.rules;

import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.MetadataStore.Verdict;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared wording for the two metadata-store rules (SSOT401, SSOT402). */
final class MetadataStoreFindings {
  private MetadataStoreFindings() {}

  static boolean isBreak(MetadataStore store) {
    return store.verdict() == Verdict.OTHER_ENGINE
        || store.verdict() == Verdict.DEFAULT_NOT_POSTGRESQL
        || store.verdict() == Verdict.MISCONFIGURED;
  }

  /**
   * The stores to report, each with the other services of the same file that repeat its fault
   * exactly (the same setting, the same value: a worker and its app sharing one configuration) as
   * related locations: one finding per fault.
   */
  static Map<MetadataStore, List<Related>> once(List<MetadataStore> stores) {
    Map<List<Object>, MetadataStore> leads = new HashMap<>();
    Map<MetadataStore, List<Related>> out = new LinkedHashMap<>();
    for (MetadataStore s : stores) {
      List<Object> fault =
          Arrays.asList(s.toolId(), s.location().path(), s.verdict(), s.reason(), s.rule());
      MetadataStore lead = leads.putIfAbsent(fault, s);
      if (lead == null) {
        out.put(s, new ArrayList<>());
      } else {
        out.get(lead).add(new Related(s.location(), "the same in service '" + s.service() + "'"));
      }
    }
    return out;
  }

  static void report(MetadataStore store, List<Related> again, Findings findings) {
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
            + ". The policy requires tool metadata in PostgreSQL (DO Managed Postgres or Supabase).";
    Severity severity = store.caveat() == null ? Severity.ERROR : Severity.WARNING;
    findings.report(
        Problem.at(store.location(), store.environment())
            .message(message)
            .fix(store.fix() == null ? null : "Fix: " + store.fix())
            .key(store.toolId() + ":" + store.service())
            .related(withEvidence(store, again))
            .severity(severity));
  }

  /** A store's evidence in words, then the places that repeat it. */
  static List<Related> withEvidence(MetadataStore store, List<Related> again) {
    List<Related> related = new ArrayList<>(Wording.related(store.evidence()));
    related.addAll(again);
    return related;
  }
}
