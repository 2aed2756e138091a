package dev.ssotguard.rules;

import dev.ssotguard.model.Model;

/** A rule: a pure function from the model to findings. Rules do no I/O. */
public interface Rule {
  void check(Model model, Findings findings);

  default RuleInfo info() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
    }
    return info;
  }
}
