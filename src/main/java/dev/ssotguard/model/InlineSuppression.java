package dev.ssotguard.model;

import java.util.List;

/**
 * An {@code ssot:ignore SSOTnnn -- reason} comment: it suppresses those rules' findings on its own
 * line and on the next one.
 *
 * @param reason the text after {@code --}, or null
 */
public record InlineSuppression(Location location, List<String> rules, String reason)
    implements Fact {
  public InlineSuppression {
    rules = List.copyOf(rules);
  }

  /** Whether it covers a finding of {@code rule} on {@code line} of its file. */
  public boolean covers(String rule, int line) {
    int at = location.line();
    return (line == at || line == at + 1) && rules.contains(rule);
  }
}
