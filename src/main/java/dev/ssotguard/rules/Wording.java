package dev.ssotguard.rules;

import dev.ssotguard.model.Caveat;
import dev.ssotguard.model.Evidence;
import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.PasswordSite;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.StoreReason;
import java.util.ArrayList;
import java.util.List;

/**
 * The words for what resolvers found: store reasons, caveats and evidence. Kept beside the rules so
 * that every sentence a finding shows is written in this package.
 */
public final class Wording {
  private Wording() {}

  /** Evidence as the related locations a finding or an inventory line shows. */
  public static List<Related> related(List<Evidence> evidence) {
    List<Related> out = new ArrayList<>(evidence.size());
    for (Evidence e : evidence) {
      out.add(new Related(e.location(), evidence(e)));
    }
    return out;
  }

  static String evidence(Evidence e) {
    if (e instanceof Evidence.EnvFileSupplies x) {
      return "env_file that supplies " + x.variable();
    } else if (e instanceof Evidence.InterpolatedValue x) {
      return "interpolated value of " + x.variable();
    } else if (e instanceof Evidence.SetsVariable x) {
      return x.client() + " sets " + x.variable();
    } else if (e instanceof Evidence.MergedSetting x) {
      return "the " + x.setting() + " the section merges in";
    } else if (e instanceof Evidence.ServiceReadsConfig x) {
      return "compose service '" + x.service() + "' reads " + x.path();
    } else if (e instanceof Evidence.SettingInModule x) {
      return x.setting() + " in the " + x.module() + " the deployment reads";
    } else if (e instanceof Evidence.ModuleRead x) {
      return "the " + x.module() + " the deployment reads";
    } else if (e instanceof Evidence.NotReadByTool x) {
      return x.variable() + " is not read by " + x.tool();
    }
    throw new IllegalArgumentException("no wording for " + e.getClass().getSimpleName());
  }

  static String password(PasswordSite site) {
    if (site instanceof PasswordSite.InUrl x) {
      return "a literal password for user '"
          + x.user()
          + "' in a "
          + x.engine().displayName()
          + " connection string ("
          + x.shown()
          + ")";
    } else if (site instanceof PasswordSite.InSetting x) {
      return "a literal database password in " + x.key() + x.scope();
    } else if (site instanceof PasswordSite.InPgpass x) {
      return "a literal password for user '" + x.user() + "' in a .pgpass file";
    }
    throw new IllegalArgumentException("no wording for " + site.getClass().getSimpleName());
  }

  static String caveat(Caveat caveat) {
    return switch (caveat) {
      case EXAMPLE_ENV_FILE -> "the value comes from an example env file because .env is absent";
      case UNCONFIRMED_DEFAULT -> "the tool's default could not be confirmed in its documentation";
    };
  }

  /** What was found about a tool's store, in the words after "keeps its metadata in X: ". */
  static String reason(MetadataStore store) {
    StoreReason r = store.reason();
    String tool = store.toolShortName();
    if (r instanceof StoreReason.SecretFile x) {
      return x.variable() + " hands the setting over in a file; not judged";
    } else if (r instanceof StoreReason.SetInCommand x) {
      return x.variable() + " is set by the service's command; not judged";
    } else if (r instanceof StoreReason.NotKnown x) {
      return x.setting() + " is not known from the repository";
    } else if (r instanceof StoreReason.NamesFile x) {
      return x.variable()
          + " names a file, so "
          + store.toolName()
          + " uses "
          + x.engine().displayName();
    } else if (r instanceof StoreReason.NotDatabaseUrl x) {
      return x.setting() + " is not a database URL";
    } else if (r instanceof StoreReason.NotUsableUrl x) {
      return x.setting() + " is not a database URL " + tool + " can use";
    } else if (r instanceof StoreReason.UrlSetting x) {
      return x.setting()
          + " = "
          + x.shown()
          + (x.defaultsFrom().isEmpty()
              ? ""
              : " ("
                  + String.join(", ", x.defaultsFrom())
                  + " is not set, so the default in the config applies)");
    } else if (r instanceof StoreReason.LegacyScheme x) {
      return x.setting()
          + " uses the scheme '"
          + x.scheme()
          + "://' ("
          + x.shown()
          + "), which SQLAlchemy 1.4 and later reject; use postgresql+psycopg2://";
    } else if (r instanceof StoreReason.SelectorRejected x) {
      return x.variable()
          + "="
          + x.value()
          + " is not a value "
          + store.toolName()
          + " accepts ("
          + String.join(", ", x.accepted())
          + ")";
    } else if (r instanceof StoreReason.SelectorValue x) {
      return x.variable() + "=" + x.value();
    } else if (r instanceof StoreReason.PresenceSet x) {
      return x.variable() + " is set";
    } else if (r instanceof StoreReason.NoSetting) {
      return "no store setting is visible in the repository";
    } else if (r instanceof StoreReason.ChosenInSetup x) {
      return "nothing in the repository selects the metadata store, "
          + tool
          + " asks for it in its setup wizard, and the file deploys "
          + x.engine().displayName()
          + " beside it; not judged";
    } else if (r instanceof StoreReason.OnlyEngine x) {
      return store.toolName() + " runs on " + x.engine().displayName() + " only";
    } else if (r instanceof StoreReason.ToolDefault x) {
      return "nothing selects the metadata store, so "
          + store.toolName()
          + " uses its default, "
          + x.engine().displayName()
          + (x.ignored().isEmpty()
              ? ""
              : "; "
                  + String.join(", ", x.ignored())
                  + (x.ignored().size() == 1 ? " is" : " are")
                  + " not read by "
                  + store.toolName());
    }
    return pythonConfigReason(r, tool);
  }

  private static String pythonConfigReason(StoreReason r, String tool) {
    if (r instanceof StoreReason.OutsideRepository x) {
      return x.path() + " comes from outside the repository";
    } else if (r instanceof StoreReason.SettingUnread x) {
      return x.setting()
          + " is set in the environment, but no "
          + x.module()
          + " reads it, so "
          + tool
          + " ignores it and keeps its metadata in "
          + x.engine().displayName();
    } else if (r instanceof StoreReason.NoConfigModule x) {
      return "no "
          + x.module()
          + " is mounted or baked into the image and no "
          + x.setting()
          + " is set, so "
          + tool
          + " keeps its metadata in "
          + x.engine().displayName()
          + " ("
          + x.defaultStore()
          + ")";
    } else if (r instanceof StoreReason.Unreadable x) {
      return x.path() + " could not be read";
    } else if (r instanceof StoreReason.ConfigSetsNothing x) {
      return x.path()
          + " sets no "
          + x.setting()
          + ", so "
          + tool
          + " keeps its metadata in "
          + x.engine().displayName();
    } else if (r instanceof StoreReason.UnsetVariables x) {
      return x.setting()
          + " has no value because "
          + String.join(", ", x.variables())
          + " is not set in the container's environment";
    }
    throw new IllegalArgumentException("no wording for " + r.getClass().getSimpleName());
  }
}
