package dev.ssotguard.suppress;

import dev.ssotguard.model.Finding;
import dev.ssotguard.model.InlineSuppression;
import dev.ssotguard.model.Suppression;
import dev.ssotguard.policy.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies suppressions after the rules: an inline {@code ssot:ignore SSOTnnn -- reason} on the
 * finding's line or the line above (any comment syntax), a policy waiver for the rule and path that
 * has not expired, or the finding's fingerprint in a baseline. Suppressed findings stay in the
 * report, marked; an expired waiver suppresses nothing and the finding says so.
 */
public final class Suppressor {
  private final Map<String, List<InlineSuppression>> inline = new HashMap<>();
  private final List<Waiver> waivers;
  private final Set<String> baseline;
  private final String baselineName;
  private final LocalDate today;

  /**
   * @param inline the {@code ssot:ignore} comments extraction collected (files are not read again)
   */
  public Suppressor(
      List<InlineSuppression> inline,
      List<Waiver> waivers,
      Set<String> baseline,
      String baselineName,
      LocalDate today) {
    for (InlineSuppression s : inline) {
      this.inline.computeIfAbsent(s.location().path(), p -> new ArrayList<>()).add(s);
    }
    this.waivers = List.copyOf(waivers);
    this.baseline = Set.copyOf(baseline);
    this.baselineName = baselineName;
    this.today = today;
  }

  public List<Finding> apply(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(f.isDiagnostic() ? f : judge(f));
    }
    return out;
  }

  private Finding judge(Finding f) {
    String inline = inlineReason(f);
    if (inline != null) {
      return f.withSuppression(new Suppression("inline", inline));
    }
    for (Waiver w : waivers) {
      if (!w.rule().equals(f.ruleId()) || !w.paths().matches(f.location().path())) {
        continue;
      }
      if (w.activeOn(today)) {
        return f.withSuppression(
            new Suppression(
                "waiver", w.reason() + " (owner " + w.owner() + ", until " + w.expires() + ")"));
      }
      String why =
          w.expires() == null
              ? "its expiry date '" + w.expiresText() + "' cannot be read, so it counts as expired"
              : "it expired on " + w.expires();
      f =
          f.withMessage(
              f.message()
                  + " [a waiver by "
                  + w.owner()
                  + " ("
                  + w.reason()
                  + ") no longer applies: "
                  + why
                  + "]");
      break;
    }
    if (baseline.contains(f.fingerprint())) {
      return f.withSuppression(new Suppression("baseline", "known in " + baselineName));
    }
    return f;
  }

  private String inlineReason(Finding f) {
    for (InlineSuppression s : inline.getOrDefault(f.location().path(), List.of())) {
      if (s.covers(f.ruleId(), f.location().line())) {
        return s.reason() == null ? "(no reason given)" : s.reason();
      }
    }
    return null;
  }
}
