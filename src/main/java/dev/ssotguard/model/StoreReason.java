package dev.ssotguard.model;

import dev.ssotguard.connection.Engine;
import java.util.List;

/**
 * Why a tool deployment's metadata store was judged as it was: the setting that decided and what it
 * holds (values already redacted). Rules turn a reason into words; resolvers only name it.
 */
public sealed interface StoreReason {

  /** A {@code *_FILE} variable hands the setting over in a file the repository does not hold. */
  record SecretFile(String variable) implements StoreReason {}

  /** The service's command or entrypoint assigns the deciding setting itself before it starts. */
  record SetInCommand(String variable) implements StoreReason {}

  /** The deciding setting is interpolated from something the repository does not show. */
  record NotKnown(String setting) implements StoreReason {}

  /** A plain path in the URL setting, which the tool reads as a file of an embedded engine. */
  record NamesFile(String variable, Engine engine) implements StoreReason {}

  /** The URL setting holds something that is not a database URL. */
  record NotDatabaseUrl(String setting) implements StoreReason {}

  /** The config module's setting holds something the tool cannot use as a database URL. */
  record NotUsableUrl(String setting) implements StoreReason {}

  /**
   * The setting holds a database URL.
   *
   * @param shown the URL, redacted
   * @param defaultsFrom variables whose absence made a config default apply, or empty
   */
  record UrlSetting(String setting, String shown, List<String> defaultsFrom)
      implements StoreReason {
    public UrlSetting {
      defaultsFrom = List.copyOf(defaultsFrom);
    }
  }

  /** A PostgreSQL URL with a scheme SQLAlchemy 1.4 and later reject ({@code postgres://}). */
  record LegacyScheme(String setting, String scheme, String shown) implements StoreReason {}

  /** The selector variable holds a value the tool does not accept. */
  record SelectorRejected(String variable, String value, List<String> accepted)
      implements StoreReason {
    public SelectorRejected {
      accepted = List.copyOf(accepted);
    }
  }

  /** The selector variable picks the engine. */
  record SelectorValue(String variable, String value) implements StoreReason {}

  /** A variable whose mere presence picks the engine. */
  record PresenceSet(String variable) implements StoreReason {}

  /**
   * No setting chooses the store, the tool's first-run wizard can, and the file deploys a datastore
   * of an engine the wizard offers beside it.
   */
  record ChosenInSetup(Engine engine) implements StoreReason {}

  /** The tool runs on one engine only: no setting chooses another. */
  record OnlyEngine(Engine engine) implements StoreReason {}

  /** Nothing in the repository shows how the store is chosen. */
  record NoSetting() implements StoreReason {}

  /**
   * Nothing selects the store, so the tool's default applies.
   *
   * @param ignored variables set on the service that the tool does not read
   */
  record ToolDefault(Engine engine, List<String> ignored) implements StoreReason {
    public ToolDefault {
      ignored = List.copyOf(ignored);
    }
  }

  /** A container path the config is read from comes from outside the repository. */
  record OutsideRepository(String path) implements StoreReason {}

  /** The setting is in the environment, but no config module reads it. */
  record SettingUnread(String setting, String module, Engine engine) implements StoreReason {}

  /** No config module reaches the container and the setting is not in its environment. */
  record NoConfigModule(String module, String setting, Engine engine, String defaultStore)
      implements StoreReason {}

  /** The config module the deployment reads could not be read. */
  record Unreadable(String path) implements StoreReason {}

  /** The config module the deployment reads does not set the setting. */
  record ConfigSetsNothing(String path, String setting, Engine engine) implements StoreReason {}

  /** The setting evaluates to nothing because variables it reads are unset. */
  record UnsetVariables(String setting, List<String> variables) implements StoreReason {
    public UnsetVariables {
      variables = List.copyOf(variables);
    }
  }
}
