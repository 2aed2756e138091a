package dev.ssotguard.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a JSON file worth parsing for an extractor: a key it reads by name ({@code
 * apiVersion}), a key holding a fragment ({@code pass}, matched without regard to case), or a
 * string value ({@code sqlite3}, without regard to case). A JSON file holding none of its
 * extractors' triggers is not parsed: package locks, design exports and search indexes cost one
 * pass over their text.
 *
 * @param keys exact key names
 * @param keyFragments lower-case fragments of key names
 * @param values lower-case string values
 */
record DocumentTriggers(Set<String> keys, Set<String> keyFragments, Set<String> values) {
  static final DocumentTriggers NONE = new DocumentTriggers(Set.of(), Set.of(), Set.of());

  DocumentTriggers {
    keys = Set.copyOf(keys);
    keyFragments = Set.copyOf(keyFragments);
    values = Set.copyOf(values);
  }

  static DocumentTriggers union(List<DocumentTriggers> all) {
    Set<String> keys = new HashSet<>();
    Set<String> fragments = new HashSet<>();
    Set<String> values = new HashSet<>();
    for (DocumentTriggers t : all) {
      keys.addAll(t.keys);
      fragments.addAll(t.keyFragments);
      values.addAll(t.values);
    }
    return new DocumentTriggers(keys, fragments, values);
  }
}
