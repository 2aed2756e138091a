package dev.ssotguard.cli;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * Every option's default from an {@code SSOT_*} environment variable: {@code --fail-on} from {@code
 * SSOT_FAIL_ON}, {@code --sarif-category} from {@code SSOT_SARIF_CATEGORY}. A flag on the command
 * line wins over the variable, which wins over the policy file; options without a variable keep
 * their built-in default.
 */
final class EnvironmentDefaults implements CommandLine.IDefaultValueProvider {
  private final Map<String, String> environment;

  EnvironmentDefaults(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The variable an option reads: its longest name, upper case, dashes as underscores. */
  static String variable(CommandLine.Model.OptionSpec option) {
    return "SSOT_"
        + option.longestName().replaceFirst("^-+", "").toUpperCase(Locale.ROOT).replace('-', '_');
  }

  @Override
  public String defaultValue(CommandLine.Model.ArgSpec argument) {
    if (!(argument instanceof CommandLine.Model.OptionSpec option)
        || option.usageHelp()
        || option.versionHelp()) {
      return null;
    }
    String value = environment.get(variable(option));
    if ((value == null || value.isBlank()) && option.longestName().equals("--width")) {
      // The terminal's width, as shells export it; only a plausible number counts.
      String columns = environment.get("COLUMNS");
      value = columns != null && columns.trim().matches("[0-9]{2,4}") ? columns.trim() : null;
    }
    return value == null || value.isBlank() ? null : value.trim();
  }
}
