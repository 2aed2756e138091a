package dev.ssotguard.policy;

import java.util.List;

/**
 * What the policy file leaves out of a scan: rules it turns off ({@code rules: {disable: [...]}})
 * and paths it never reads ({@code exclude: [globs]}, read like {@code --exclude}).
 */
public record Selection(List<String> disabledRules, List<String> excludes) {
  public Selection {
    disabledRules = List.copyOf(disabledRules);
    excludes = List.copyOf(excludes);
  }

  static Selection none() {
    return new Selection(List.of(), List.of());
  }
}
