package dev.ssotguard.model;

/**
 * A place that explains a fact, and what it shows there. Rules and reports put it into words
 * ({@code rules/Wording}); extractors and resolvers only name it.
 */
public sealed interface Evidence {
  Location location();

  /** A compose {@code env_file} line that supplies the variable. */
  record EnvFileSupplies(Location location, String variable) implements Evidence {}

  /** The binding that an interpolation in the variable's value used. */
  record InterpolatedValue(Location location, String variable) implements Evidence {}

  /** Where a client's variable is set when the value itself comes from elsewhere. */
  record SetsVariable(Location location, String client, String variable) implements Evidence {}

  /** A config section's setting that another section merges in. */
  record MergedSetting(Location location, String setting) implements Evidence {}

  /** The compose service that reads the config module. */
  record ServiceReadsConfig(Location location, String service, String path) implements Evidence {}

  /** The setting inside the config module the deployment reads. */
  record SettingInModule(Location location, String setting, String module) implements Evidence {}

  /** The config module the deployment reads. */
  record ModuleRead(Location location, String module) implements Evidence {}

  /** A variable set on the service that the tool never reads. */
  record NotReadByTool(Location location, String variable, String tool) implements Evidence {}
}
