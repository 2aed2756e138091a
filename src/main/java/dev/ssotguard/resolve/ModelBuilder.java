package dev.ssotguard.resolve;

import dev.ssotguard.extract.ExtractorRegistry;
import dev.ssotguard.extract.FileExtractor;
import dev.ssotguard.extract.FileFacts;
import dev.ssotguard.knowledge.Knowledge;
import dev.ssotguard.knowledge.Tool;
import dev.ssotguard.model.Connection;
import dev.ssotguard.model.Credential;
import dev.ssotguard.model.DatabaseFirewall;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.DeployedDatastore;
import dev.ssotguard.model.Diagnostic;
import dev.ssotguard.model.Facts;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.ManagedCluster;
import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Service;
import dev.ssotguard.model.SqlFile;
import dev.ssotguard.model.SqliteDatabaseFile;
import dev.ssotguard.model.TlsSetting;
import dev.ssotguard.model.ToolJudgedValue;
import dev.ssotguard.model.TransactionPool;
import dev.ssotguard.policy.Policy;
import dev.ssotguard.workspace.SourceFile;
import dev.ssotguard.workspace.Workspace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads every file in parallel, then resolves services and tool stores into one {@link Model}. */
public final class ModelBuilder {
  private final Knowledge knowledge;
  private final Policy policy;
  private final ExtractorRegistry extractors;
  private final long maxBytes;
  private final LocalDate today;
  private final int threads;

  public ModelBuilder(
      Knowledge knowledge,
      Policy policy,
      ExtractorRegistry extractors,
      long maxBytes,
      int threads,
      LocalDate today) {
    this.knowledge = knowledge;
    this.today = today;
    this.policy = policy;
    this.extractors = extractors;
    this.maxBytes = maxBytes;
    this.threads = Math.max(1, threads);
  }

  /** A pool that starts reading files before the workspace is complete; see {@link #build}. */
  public Extraction extraction() {
    return new Extraction(new FileExtractor(extractors, maxBytes), threads);
  }

  /**
   * The model built from the facts of {@code toRead} (every file, or a {@link ChangeScope}'s
   * files), some of which may already have been handed to {@code extraction}; every file of the
   * workspace still counts by its name and path.
   */
  public Model build(Workspace workspace, Extraction extraction, List<SourceFile> toRead) {
    List<FileFacts> facts = extraction.facts(toRead);
    if (toRead.size() < workspace.files().size()) {
      facts = withReferencedFiles(facts, workspace, extraction);
    }
    Map<String, FileFacts> byPath = new HashMap<>();
    for (FileFacts f : facts) {
      byPath.put(f.file().path(), f);
    }
    ProjectFiles files = new ProjectFiles(workspace.root(), byPath, maxBytes);
    ComposeResolver compose = new ComposeResolver(files);
    List<Service> services = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Workspace.Skipped s : workspace.skipped()) {
      diagnostics.add(Diagnostic.badInput(Location.fileStart(s.path()), s.reason()));
    }
    for (FileFacts f : facts) {
      diagnostics.addAll(f.diagnostics());
      services.addAll(f.workloads());
      if (f.compose() != null) {
        try {
          services.addAll(compose.resolve(f.compose()));
        } catch (RuntimeException | StackOverflowError e) {
          diagnostics.add(
              Diagnostic.badInput(
                  Location.fileStart(f.file().path()),
                  "compose file could not be resolved (" + e.getClass().getSimpleName() + ")"));
        }
      }
    }
    List<MetadataStore> stores = new ArrayList<>();
    List<ToolJudgedValue> claimed = new ArrayList<>();
    Set<String> readConfigs = new HashSet<>();
    // Tools configured by a Python module (tools.yaml python_config: Superset) are judged on
    // what the module the container reads says; the others on their environment.
    Map<String, PythonConfigResolver> byModule = new LinkedHashMap<>();
    for (Tool t : knowledge.tools()) {
      if (t.pythonConfig() != null) {
        byModule.put(t.id(), new PythonConfigResolver(files, knowledge.connectionParser(), t));
      }
    }
    ToolStoreResolver tools =
        new ToolStoreResolver(knowledge.connectionParser(), new ConfigFileHosts(facts));
    for (Service s : services) {
      Optional<Tool> tool = toolOf(s, files);
      if (tool.isEmpty()) {
        continue;
      }
      PythonConfigResolver configured = byModule.get(tool.get().id());
      if (configured != null) {
        PythonConfigResolver.Outcome o = configured.resolve(s);
        stores.add(o.store());
        o.claimed().forEach(l -> claimed.add(new ToolJudgedValue(l, tool.get().id())));
        if (o.configPath() != null) {
          readConfigs.add(o.configPath());
        }
      } else {
        stores.add(tools.resolve(tool.get(), s));
      }
    }
    for (FileFacts f : facts) {
      if (f.python() == null || readConfigs.contains(f.file().path())) {
        continue;
      }
      for (Map.Entry<String, PythonConfigResolver> configured : byModule.entrySet()) {
        configured
            .getValue()
            .resolveStandalone(f.file().path(), f.file().environment())
            .ifPresent(
                o -> {
                  stores.add(o.store());
                  o.claimed()
                      .forEach(l -> claimed.add(new ToolJudgedValue(l, configured.getKey())));
                });
      }
    }
    List<DatastoreUse> uses = new ArrayList<>();
    List<Credential> credentials = new ArrayList<>();
    List<TlsSetting> tls = new ArrayList<>();
    List<Location> sqliteFiles = new ArrayList<>();
    for (FileFacts f : facts) {
      uses.addAll(f.uses());
      credentials.addAll(f.credentials());
      tls.addAll(f.tlsSettings());
      if (f.sqliteDatabase() && f.file().tracked()) {
        sqliteFiles.add(Location.fileStart(f.file().path()));
      }
    }
    List<Connection> connections =
        new ConnectionBuilder(
                knowledge.runtimes(), knowledge.connectionParser(), workspace.files(), policy)
            .build(facts, services);
    List<DeployedDatastore> datastores = new ArrayList<>();
    for (Service s : services) {
      knowledge
          .datastores()
          .engineOf(s.image())
          .ifPresent(
              engine ->
                  datastores.add(
                      new DeployedDatastore(
                          engine,
                          s.name(),
                          s.location(),
                          s.environment(),
                          s.runtime().equals("kubernetes")
                              ? "Kubernetes container"
                              : "compose service")));
    }
    facts.forEach(f -> datastores.addAll(f.datastores()));
    Set<String> pools = new HashSet<>();
    List<ManagedCluster> clusters = new ArrayList<>();
    List<DatabaseFirewall> firewalls = new ArrayList<>();
    for (FileFacts f : facts) {
      if (f.infrastructure() != null) {
        f.infrastructure().pools().stream()
            .filter(p -> p.mode().equals("transaction"))
            .forEach(p -> pools.add(p.name()));
        clusters.addAll(f.infrastructure().clusters());
        firewalls.addAll(f.infrastructure().firewalls());
      }
    }
    Facts.Builder model =
        Facts.builder()
            .addAll(services)
            .addAll(connections)
            .addAll(datastores)
            .addAll(
                MysqlTargets.decide(
                    facts.stream().flatMap(f -> f.mysqlRoutines().stream()).toList(),
                    services,
                    knowledge))
            .addAll(clusters)
            .addAll(firewalls)
            .addAll(stores)
            .addAll(uses)
            .addAll(credentials)
            .addAll(tls)
            .addAll(claimed)
            .addAll(diagnostics);
    pools.forEach(p -> model.add(new TransactionPool(p)));
    sqliteFiles.forEach(l -> model.add(new SqliteDatabaseFile(l)));
    for (SourceFile f : workspace.files()) {
      if (f.name().toLowerCase(Locale.ROOT).endsWith(".sql")) {
        model.add(new SqlFile(f.path(), f.tracked()));
      }
    }
    facts.forEach(f -> model.addAll(f.suppressions()));
    return new Model(model.build(), workspace.files().size(), policy, today);
  }

  /**
   * A partial read adds the files that facts read point at and whose own facts count for them: the
   * scripts a droplet's {@code user_data} runs, which take the droplet's runtime.
   */
  private static List<FileFacts> withReferencedFiles(
      List<FileFacts> facts, Workspace workspace, Extraction extraction) {
    Set<String> read = new HashSet<>();
    Set<String> referenced = new HashSet<>();
    for (FileFacts f : facts) {
      read.add(f.file().path());
      if (f.infrastructure() != null) {
        f.infrastructure().droplets().forEach(d -> referenced.addAll(d.userDataFiles()));
      }
    }
    referenced.removeAll(read);
    List<SourceFile> more =
        workspace.files().stream().filter(f -> referenced.contains(f.path())).toList();
    if (more.isEmpty()) {
      return facts;
    }
    List<FileFacts> all = new ArrayList<>(facts);
    all.addAll(extraction.facts(more));
    all.sort(Comparator.comparing(f -> f.file().path()));
    return all;
  }

  /**
   * The tool a service runs: by its image, or by the image its Dockerfile builds on, or — for a
   * service built from source, like Superset's own compose files — by the service's name.
   */
  private Optional<Tool> toolOf(Service s, ProjectFiles files) {
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
    String name = s.name().toLowerCase(java.util.Locale.ROOT);
    return knowledge.tools().stream()
        .filter(
            t ->
                name.equals(t.id())
                    || name.startsWith(t.id() + "-")
                    || name.startsWith(t.id() + "_"))
        .findFirst();
  }
}
