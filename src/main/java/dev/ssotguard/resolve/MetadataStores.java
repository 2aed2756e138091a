package dev.ssotguard.resolve;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.extract.FileFacts;
import dev.ssotguard.knowledge.EngineSettings;
import dev.ssotguard.knowledge.Knowledge;
import dev.ssotguard.knowledge.Tool;
import dev.ssotguard.model.Evidence;
import dev.ssotguard.model.Facts;
import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.Service;
import dev.ssotguard.model.StoreReason;
import dev.ssotguard.model.ToolJudgedValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metadata store of every service that runs a known tool (knowledge/tools.yaml), and of config
 * modules no service reads: adds {@code MetadataStore} facts, and a {@link ToolJudgedValue} for
 * each value a verdict rests on. Reads {@link Service} facts.
 */
final class MetadataStores implements Resolver {
  @Override
  public void resolve(Resolution in, Facts.Builder out) {
    Knowledge knowledge = in.knowledge();
    ProjectFiles files = in.projectFiles();
    Set<String> readConfigs = new HashSet<>();
    // Tools configured by a Python module (tools.yaml python_config: Superset) are judged on
    // what the module the container reads says; the others on their environment.
    Map<String, PythonConfigResolver> byModule = new LinkedHashMap<>();
    for (Tool t : knowledge.tools()) {
      if (t.pythonConfig() != null) {
        byModule.put(t.id(), new PythonConfigResolver(files, knowledge.connectionParser(), t));
      }
    }
    Map<String, Set<Engine>> deployed = new HashMap<>();
    for (Service s : out.of(Service.class)) {
      knowledge
          .datastores()
          .engineOf(s.image())
          .ifPresent(
              e -> deployed.computeIfAbsent(s.location().path(), k -> new HashSet<>()).add(e));
    }
    ToolStoreResolver tools =
        new ToolStoreResolver(
            knowledge.connectionParser(), new ConfigFileHosts(in.files()), deployed);
    List<MetadataStore> byEnvironment = new ArrayList<>();
    Set<String> commandOverridden = new HashSet<>();
    for (Service s : out.of(Service.class)) {
      Optional<Tool> tool = toolOf(s, files, knowledge);
      if (tool.isEmpty()) {
        continue;
      }
      claimSqliteFiles(s, tool.get(), knowledge, out);
      PythonConfigResolver configured = byModule.get(tool.get().id());
      if (configured != null) {
        PythonConfigResolver.Outcome o = configured.resolve(s);
        out.add(o.store());
        o.claimed().forEach(l -> out.add(new ToolJudgedValue(l, tool.get().id())));
        if (o.configPath() != null) {
          readConfigs.add(o.configPath());
        }
      } else {
        byEnvironment.add(tools.resolve(tool.get(), s));
        if (s.overridesCommand()) {
          commandOverridden.add(s.location().toString());
        }
      }
    }
    for (MetadataStore m : withoutSidecars(byEnvironment, commandOverridden)) {
      out.add(m);
      // The setting a tool's verdict rests on, and the look-alikes it does not read, are that
      // tool's rule's to report, not SQLite-in-production's.
      if (!setsNothing(m)) {
        out.add(new ToolJudgedValue(m.location(), m.toolId()));
      }
      for (Evidence e : m.evidence()) {
        if (e instanceof Evidence.NotReadByTool) {
          out.add(new ToolJudgedValue(e.location(), m.toolId()));
        }
      }
    }
    for (FileFacts f : in.files()) {
      if (f.python() == null || readConfigs.contains(f.file().path())) {
        continue;
      }
      for (Map.Entry<String, PythonConfigResolver> configured : byModule.entrySet()) {
        configured
            .getValue()
            .resolveStandalone(f.file().path(), f.file().environment())
            .ifPresent(
                o -> {
                  out.add(o.store());
                  o.claimed().forEach(l -> out.add(new ToolJudgedValue(l, configured.getKey())));
                });
      }
    }
  }

  /**
   * A SQLite file a tool's service names in its environment (n8n's {@code DB_SQLITE_DATABASE}) is
   * part of the tool's store, which its rule judges: not a second finding of SQLite-in-production.
   */
  private static void claimSqliteFiles(
      Service s, Tool tool, Knowledge knowledge, Facts.Builder out) {
    s.env()
        .forEach(
            (name, v) -> {
              if (v.location() != null
                  && knowledge.engineSettings().envSqliteFile(name, v.value())
                      != EngineSettings.SqliteFile.NO) {
                out.add(new ToolJudgedValue(v.location(), tool.id()));
              }
            });
  }

  /**
   * A sidecar — a second container of a tool in the same compose file that runs another command
   * (Nextcloud's cron.sh, an n8n worker) and sets nothing about the store — runs with the store its
   * main service chose: it inherits that verdict rather than being judged on the tool's default. A
   * second deployment that runs the tool itself is judged on its own.
   */
  private static List<MetadataStore> withoutSidecars(
      List<MetadataStore> stores, Set<String> commandOverridden) {
    Set<String> configured = new HashSet<>();
    for (MetadataStore m : stores) {
      if (!setsNothing(m)) {
        configured.add(m.toolId() + "\0" + m.location().path());
      }
    }
    List<MetadataStore> kept = new ArrayList<>();
    for (MetadataStore m : stores) {
      boolean sidecar =
          setsNothing(m)
              && commandOverridden.contains(m.location().toString())
              && configured.contains(m.toolId() + "\0" + m.location().path());
      if (!sidecar) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static boolean setsNothing(MetadataStore m) {
    return m.reason() instanceof StoreReason.ToolDefault
        || m.reason() instanceof StoreReason.OnlyEngine
        || m.reason() instanceof StoreReason.ChosenInSetup
        || m.reason() instanceof StoreReason.NoSetting;
  }

  /**
   * The tool a service runs: by its image, or by the image its Dockerfile builds on, or — for a
   * service built from source, like Superset's own compose files — by the service's name.
   */
  private static Optional<Tool> toolOf(Service s, ProjectFiles files, Knowledge knowledge) {
    Optional<Tool> byImage = knowledge.toolForImage(s.image());
    if (byImage.isPresent() || s.buildDockerfile() == null) {
      return byImage;
    }
    Optional<Tool> byBase =
        files
            .facts(s.buildDockerfile())
            .flatMap(f -> Optional.ofNullable(f.dockerfile()))
            .flatMap(
                d ->
                    d.baseImages().stream()
                        .map(knowledge::toolForImage)
                        .flatMap(Optional::stream)
                        .findFirst());
    if (byBase.isPresent() || s.image() != null) {
      return byBase;
    }
    String name = s.name().toLowerCase(Locale.ROOT);
    return knowledge.tools().stream()
        .filter(
            t ->
                name.equals(t.id())
                    || name.startsWith(t.id() + "-")
                    || name.startsWith(t.id() + "_"))
        .findFirst();
  }
}
