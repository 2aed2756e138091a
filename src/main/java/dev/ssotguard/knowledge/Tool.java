package dev.ssotguard.knowledge;

import dev.ssotguard.connection.Engine;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What ssot-guard knows of one tool's metadata store (knowledge/tools.yaml).
 *
 * @param selectorVariables the variables naming the engine, the current one first and older names
 *     the tool still reads after it (Gitea's {@code DB_TYPE}); empty when none
 * @param selectorValues its values, lower-cased, mapped to engines
 * @param urlVariables variables holding a connection URL, in precedence order
 * @param secretVariables variables that move the setting into a file: the store is then unknown
 * @param presence variables whose presence alone selects an engine
 * @param defaultEngine the engine when nothing is set, or null when the tool has none
 * @param plainPathEngine the engine a URL variable means when it holds a plain file path, or null
 * @param ignored names that look like settings but the tool never reads
 * @param confirmed whether the default was confirmed in the tool's documentation
 * @param host where the PostgreSQL host is set, or null when tools.yaml does not say
 * @param rule the rule that judges its metadata store (SSOT402 unless tools.yaml names another)
 * @param pythonConfig the Python module whose setting chooses the store, or null
 * @param shortName the name running text uses after the first mention ("Superset"), or null for the
 *     name
 * @param passwordVariables the variables holding the tool's database password (Odoo's PASSWORD),
 *     which SSOT901 reads as password settings whatever their name
 * @param wizardEngines the engines the tool's first-run setup wizard can choose when no setting
 *     does (Uptime Kuma 2, Nextcloud): beside a datastore of one of them, the store is unknown
 */
public record Tool(
    String id,
    String name,
    List<String> images,
    List<String> selectorVariables,
    Map<String, Engine> selectorValues,
    List<String> urlVariables,
    List<String> secretVariables,
    Map<String, Engine> presence,
    Engine defaultEngine,
    Engine plainPathEngine,
    List<String> ignored,
    boolean confirmed,
    String source,
    String fix,
    Host host,
    String rule,
    PythonConfig pythonConfig,
    String shortName,
    List<String> passwordVariables,
    Set<Engine> wizardEngines) {

  /**
   * A Python config module the tool imports, whose setting chooses its metadata store and wins over
   * any environment variable (tools.yaml {@code python_config}; Superset's {@code
   * superset_config.py}).
   *
   * @param module the module's file name
   * @param setting the setting holding the store's SQLAlchemy URL
   * @param pathVariable the environment variable naming the module's path, which replaces the
   *     search
   * @param imagePath the folder on the image's {@code PYTHONPATH} where the module is looked for
   * @param defaultStore the store used when nothing sets it, as the tool documents it
   */
  public record PythonConfig(
      String module, String setting, String pathVariable, String imagePath, String defaultStore) {
    /** The module name without {@code .py}, which is how a file of it starts. */
    public String stem() {
      return module.endsWith(".py") ? module.substring(0, module.length() - 3) : module;
    }
  }

  /**
   * Where the tool's PostgreSQL host is set (SSOT102), from tools.yaml {@code host:}.
   *
   * @param variable the environment variable holding it, or null
   * @param defaultHost the host used when nothing sets it, or null when unset means "not judged"
   * @param configVariable the variable naming the config file the tool reads, or null
   * @param defaultConfig that file's path in the container when the variable is unset; its {@code
   *     [options] db_host} wins over {@code variable} (the official Odoo image's entrypoint)
   */
  public record Host(
      String variable, String defaultHost, String configVariable, String defaultConfig) {}

  public Tool {
    shortName = shortName == null ? name : shortName;
    images = List.copyOf(images);
    selectorValues = Map.copyOf(selectorValues);
    selectorVariables = List.copyOf(selectorVariables);
    passwordVariables = List.copyOf(passwordVariables);
    urlVariables = List.copyOf(urlVariables);
    secretVariables = List.copyOf(secretVariables);
    presence = Map.copyOf(presence);
    ignored = List.copyOf(ignored);
    wizardEngines = Set.copyOf(wizardEngines);
  }

  /** Whether an image reference (with registry, tag or digest) is one of this tool's images. */
  public boolean matchesImage(String image) {
    String repo = repository(image);
    for (String known : images) {
      if (repo.equals(known) || repo.endsWith("/" + known)) {
        return true;
      }
    }
    return false;
  }

  /** The repository part of an image reference: no tag, no digest, lower case. */
  public static String repository(String image) {
    String s = image.trim().toLowerCase(Locale.ROOT);
    int at = s.indexOf('@');
    if (at >= 0) {
      s = s.substring(0, at);
    }
    int slash = s.lastIndexOf('/');
    int colon = s.lastIndexOf(':');
    if (colon > slash) {
      s = s.substring(0, colon);
    }
    if (s.startsWith("docker.io/")) {
      s = s.substring("docker.io/".length());
    }
    if (s.startsWith("library/")) {
      s = s.substring("library/".length());
    }
    return s;
  }
}
