package dev.ssotguard.testing;

import dev.ssotguard.rules.RuleInfo;
import dev.ssotguard.rules.RuleRegistry;
import java.util.Set;
import java.util.stream.Collectors;

/** The registry's rule IDs, for policy loaders in tests. */
public final class RuleIds {
  private RuleIds() {}

  public static Set<String> all() {
    return new RuleRegistry().infos().stream().map(RuleInfo::id).collect(Collectors.toSet());
  }
}
