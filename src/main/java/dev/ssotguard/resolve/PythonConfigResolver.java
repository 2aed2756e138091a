package dev.ssotguard.resolve;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.connection.Engine;
import dev.ssotguard.formats.python.PyEvaluator;
import dev.ssotguard.formats.python.PyModule;
import dev.ssotguard.knowledge.Tool;
import dev.ssotguard.model.EnvValue;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Evidence;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.MetadataStore.Verdict;
import dev.ssotguard.model.Service;
import dev.ssotguard.model.StoreReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Works out the metadata database of a tool configured by a Python module (tools.yaml {@code
 * python_config}; Superset's {@code superset_config.py}): which module the container really reads
 * (mounted or baked, named by a path variable or found on {@code PYTHONPATH}), then what its
 * setting ({@code SQLALCHEMY_DATABASE_URI}) evaluates to with the container's environment. Such a
 * tool ignores an environment variable of the setting's name (DOMAIN.md §3).
 */
final class PythonConfigResolver {
  private static final Set<String> POSTGRES_SCHEMES =
      Set.of(
          "postgresql",
          "postgresql+psycopg2",
          "postgresql+psycopg",
          "postgresql+pg8000",
          "postgresql+asyncpg",
          "postgresql+psycopg2cffi",
          "postgresql+pygresql");

  /**
   * The verdict, the config lines it judged (claimed from the generic SQLite rule) and the config
   * file the deployment reads (null when none).
   */
  record Outcome(MetadataStore store, List<Location> claimed, String configPath) {
    Outcome(MetadataStore store, List<Location> claimed) {
      this(store, claimed, claimed.isEmpty() ? null : claimed.get(0).path());
    }
  }

  private final ProjectFiles files;
  private final ContainerPaths paths;
  private final ConnectionStringParser parser;
  private final Tool tool;
  private final Tool.PythonConfig config;

  /** The setting that chooses the store ({@code SQLALCHEMY_DATABASE_URI}). */
  private final String setting;

  /** The config module's file name ({@code superset_config.py}). */
  private final String moduleFile;

  PythonConfigResolver(ProjectFiles files, ConnectionStringParser parser, Tool tool) {
    this.files = files;
    this.paths = new ContainerPaths(files);
    this.parser = parser;
    this.tool = tool;
    this.config = tool.pythonConfig();
    this.setting = config.setting();
    this.moduleFile = config.module();
  }

  Outcome resolve(Service service) {
    Function<String, PyEvaluator.Binding> env = name -> binding(service, name);
    Optional<String> configPath = Optional.empty();
    EnvValue configVar = service.env().get(config.pathVariable());
    List<String> candidates = new ArrayList<>();
    if (configVar != null) {
      if (!configVar.known()) {
        return unknown(service, new StoreReason.NotKnown(config.pathVariable()));
      }
      candidates.add(configVar.value());
    } else {
      EnvValue pythonPath = service.env().get("PYTHONPATH");
      if (pythonPath != null && pythonPath.known()) {
        for (String dir : pythonPath.value().split(":", -1)) {
          if (!dir.isBlank()) {
            candidates.add(dir.replaceAll("/+$", "") + "/" + moduleFile);
          }
        }
      }
      candidates.add(config.imagePath() + "/" + moduleFile);
    }
    for (String candidate : candidates) {
      ContainerPaths.Provided provided = paths.find(service, candidate);
      if (provided.opaque()) {
        return unknown(service, new StoreReason.OutsideRepository(candidate));
      }
      if (provided.repositoryPath() != null) {
        configPath = Optional.of(provided.repositoryPath());
        break;
      }
    }
    if (configPath.isEmpty()) {
      EnvValue uriVar = service.env().get(setting);
      if (uriVar != null) {
        return new Outcome(
            store(
                service,
                Verdict.MISCONFIGURED,
                null,
                uriVar.location(),
                new StoreReason.SettingUnread(setting, moduleFile, tool.defaultEngine()),
                List.of()),
            List.of());
      }
      return new Outcome(
          store(
              service,
              Verdict.DEFAULT_NOT_POSTGRESQL,
              Engine.SQLITE,
              service.location(),
              new StoreReason.NoConfigModule(
                  moduleFile, setting, tool.defaultEngine(), config.defaultStore()),
              List.of()),
          List.of());
    }
    return judgeConfig(
        service.name(), service.environment(), service.location(), configPath.get(), env, service);
  }

  /** A config module no service in the repository reads: judged on what it says alone. */
  Optional<Outcome> resolveStandalone(String path, Environment environment) {
    if (!path.equals(moduleFile) && !path.endsWith("/" + moduleFile)) {
      return Optional.empty();
    }
    Outcome o =
        judgeConfig(
            "(" + path + ")",
            environment,
            Location.fileStart(path),
            path,
            n -> PyEvaluator.Binding.unknown(),
            null);
    return Optional.of(o);
  }

  private Outcome judgeConfig(
      String serviceName,
      Environment environment,
      Location serviceLocation,
      String configPath,
      Function<String, PyEvaluator.Binding> env,
      Service service) {
    Optional<PyModule> module = files.python(configPath);
    if (module.isEmpty()) {
      return new Outcome(
          store(
              serviceName,
              environment,
              Verdict.UNKNOWN,
              null,
              serviceLocation,
              new StoreReason.Unreadable(configPath),
              List.of()),
          List.of());
    }
    String definingPath = configPath;
    PyModule defining = module.get();
    PyModule.Assignment assignment = defining.lastAssignment(setting);
    for (PyModule.StarImport star : module.get().starImports()) {
      String sibling =
          ProjectFiles.join(
              ComposeResolver.parent(configPath), star.module().replace('.', '/') + ".py");
      Optional<PyModule> imported = files.python(sibling);
      if (imported.isPresent() && imported.get().lastAssignment(setting) != null) {
        defining = imported.get();
        definingPath = sibling;
        assignment = defining.lastAssignment(setting);
      }
    }
    if (assignment == null) {
      return new Outcome(
          store(
              serviceName,
              environment,
              Verdict.DEFAULT_NOT_POSTGRESQL,
              Engine.SQLITE,
              serviceLocation,
              new StoreReason.ConfigSetsNothing(configPath, setting, tool.defaultEngine()),
              List.of(new Evidence.ModuleRead(Location.fileStart(configPath), moduleFile))),
          List.of());
    }
    Location at = new Location(definingPath, assignment.line(), assignment.column());
    PyEvaluator evaluator = new PyEvaluator(defining, env);
    PyEvaluator.Value value = evaluator.evaluate(assignment.value());
    if (value.isNone()) {
      PyModule.Assignment fallback = defining.lastNestedAssignment(setting);
      if (fallback != null && fallback.line() != assignment.line()) {
        at = new Location(definingPath, fallback.line(), fallback.column());
        value = evaluator.evaluate(fallback.value());
        assignment = fallback;
      }
    }
    List<Location> claimed = new ArrayList<>();
    for (PyModule.Assignment a : defining.assignments()) {
      if (a.name().equals(setting)) {
        for (int line = a.line(); line <= a.endLine(); line++) {
          claimed.add(new Location(definingPath, line, 1));
        }
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    if (service != null) {
      evidence.add(new Evidence.ServiceReadsConfig(service.location(), serviceName, configPath));
    }
    Location valueAt = at;
    if (value.leadingVariable() != null
        && service != null
        && service.env().get(value.leadingVariable()) != null) {
      valueAt = service.env().get(value.leadingVariable()).location();
      evidence.add(new Evidence.SettingInModule(at, setting, moduleFile));
    }
    Judgement judge = new Judgement(serviceName, environment, valueAt, evidence, claimed);
    if (value.isNone() || value.text().startsWith("None")) {
      return judge.as(
          Verdict.MISCONFIGURED, null, new StoreReason.UnsetVariables(setting, value.variables()));
    }
    if (value.text().startsWith("${")) {
      return judge.as(Verdict.UNKNOWN, null, new StoreReason.NotKnown(setting));
    }
    Optional<ConnectionString> cs = parser.parse(value.text());
    if (cs.isEmpty()) {
      return judge.as(Verdict.MISCONFIGURED, null, new StoreReason.NotUsableUrl(setting));
    }
    String scheme = cs.get().scheme();
    String shown = cs.get().redacted();
    if (cs.get().engine() == Engine.POSTGRESQL && !POSTGRES_SCHEMES.contains(scheme)) {
      return judge.as(
          Verdict.MISCONFIGURED,
          Engine.POSTGRESQL,
          new StoreReason.LegacyScheme(setting, scheme, shown));
    }
    Verdict verdict =
        cs.get().engine() == Engine.POSTGRESQL ? Verdict.POSTGRESQL : Verdict.OTHER_ENGINE;
    return judge.as(
        verdict,
        cs.get().engine(),
        new StoreReason.UrlSetting(setting, shown, defaultsFrom(value)));
  }

  /** What every verdict on one config value shares: the deployment, the location, the claims. */
  private final class Judgement {
    private final String service;
    private final Environment environment;
    private final Location at;
    private final List<Evidence> evidence;
    private final List<Location> claimed;

    Judgement(
        String service,
        Environment environment,
        Location at,
        List<Evidence> evidence,
        List<Location> claimed) {
      this.service = service;
      this.environment = environment;
      this.at = at;
      this.evidence = evidence;
      this.claimed = claimed;
    }

    Outcome as(Verdict verdict, Engine engine, StoreReason reason) {
      return new Outcome(
          store(service, environment, verdict, engine, at, reason, evidence), claimed);
    }
  }

  /** The unset variables that made a getenv default the value, if that is what happened. */
  private static List<String> defaultsFrom(PyEvaluator.Value value) {
    if (value.leadingVariable() != null) {
      return List.of();
    }
    return value.variables();
  }

  private static PyEvaluator.Binding binding(Service service, String name) {
    EnvValue v = service.env().get(name);
    if (v == null) {
      return service.environmentComplete()
          ? PyEvaluator.Binding.unset()
          : PyEvaluator.Binding.unknown();
    }
    return v.known() ? PyEvaluator.Binding.set(v.value()) : PyEvaluator.Binding.unknown();
  }

  private Outcome unknown(Service service, StoreReason why) {
    return new Outcome(
        store(service, Verdict.UNKNOWN, null, service.location(), why, List.of()), List.of());
  }

  private MetadataStore store(
      Service s,
      Verdict verdict,
      Engine engine,
      Location at,
      StoreReason reason,
      List<Evidence> evidence) {
    return store(s.name(), s.environment(), verdict, engine, at, reason, evidence);
  }

  private MetadataStore store(
      String service,
      Environment environment,
      Verdict verdict,
      Engine engine,
      Location at,
      StoreReason reason,
      List<Evidence> evidence) {
    return new MetadataStore(
        tool.id(),
        tool.name(),
        tool.shortName(),
        tool.rule(),
        service,
        environment,
        verdict,
        engine,
        at,
        reason,
        evidence,
        null,
        tool.fix(),
        null,
        null);
  }
}
