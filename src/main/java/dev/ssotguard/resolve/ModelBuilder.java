package dev.ssotguard.resolve;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.extract.ExtractorRegistry;
import dev.ssotguard.extract.FileExtractor;
import dev.ssotguard.extract.FileFacts;
import dev.ssotguard.knowledge.Knowledge;
import dev.ssotguard.model.CiPipeline;
import dev.ssotguard.model.DatabaseHostSetting;
import dev.ssotguard.model.DeployedDatastore;
import dev.ssotguard.model.Diagnostic;
import dev.ssotguard.model.Facts;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.OtherEngineFile;
import dev.ssotguard.model.Service;
import dev.ssotguard.model.SqlFile;
import dev.ssotguard.model.SqliteDatabaseFile;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    Resolution in =
        new Resolution(
            workspace,
            facts,
            new ProjectFiles(workspace.root(), byPath, maxBytes),
            knowledge,
            policy);
    Facts.Builder out = Facts.builder();
    for (Resolver step : RESOLVERS) {
      step.resolve(in, out);
    }
    return new Model(out.build(), workspace.files().size(), policy, today);
  }

  /**
   * The resolvers, in the order they run: each reads only facts the ones before it add (services
   * come first; tool stores, connections, deployed datastores and MySQL targets read them).
   */
  private static final List<Resolver> RESOLVERS =
      List.of(
          ModelBuilder::services,
          new MetadataStores(),
          new ToolPasswords(),
          ModelBuilder::fileFacts,
          ModelBuilder::connections,
          ModelBuilder::deployedDatastores,
          ModelBuilder::mysqlTargets);

  /**
   * Services: Kubernetes workloads and resolved compose services, file by file; the notes of the
   * walk and of every file, and of a compose file that could not be resolved.
   */
  private static void services(Resolution in, Facts.Builder out) {
    ComposeResolver compose = new ComposeResolver(in.projectFiles());
    for (Workspace.Skipped s : in.workspace().skipped()) {
      out.add(Diagnostic.badInput(Location.fileStart(s.path()), s.reason()));
    }
    for (FileFacts f : in.files()) {
      out.addAll(f.diagnostics());
      out.addAll(f.workloads());
      if (f.compose() != null) {
        try {
          for (Service s : compose.resolve(f.compose())) {
            out.add(s);
            otherEngineFiles(in, s, out);
          }
        } catch (RuntimeException | StackOverflowError e) {
          out.add(
              Diagnostic.badInput(
                  Location.fileStart(f.file().path()),
                  "compose file could not be resolved (" + e.getClass().getSimpleName() + ")"));
        }
      }
    }
  }

  private static void otherEngineFiles(Resolution in, Service s, Facts.Builder out) {
    in.knowledge()
        .datastores()
        .dbFileEngineOf(s.image())
        .ifPresent(
            engine -> {
              for (Service.Mount m : s.mounts()) {
                if (m.target().toLowerCase(Locale.ROOT).endsWith(".db")) {
                  out.add(new OtherEngineFile(m.location(), engine));
                }
              }
            });
  }

  /** What files establish on their own: uses, credentials, TLS, SQLite files, infrastructure. */
  private static void fileFacts(Resolution in, Facts.Builder out) {
    Set<String> pools = new LinkedHashSet<>();
    for (FileFacts f : in.files()) {
      if (!f.facts().of(CiPipeline.class).isEmpty()) {
        CiServiceDatabases.add(f, out);
      } else {
        out.addAll(f.uses()).addAll(f.credentials()).addAll(f.tlsSettings());
      }
      if (f.sqliteDatabase() && f.file().tracked()) {
        out.add(new SqliteDatabaseFile(Location.fileStart(f.file().path())));
      }
      if (f.infrastructure() != null) {
        f.infrastructure().pools().stream()
            .filter(p -> p.mode().equals("transaction"))
            .forEach(p -> pools.add(p.name()));
        out.addAll(f.infrastructure().clusters()).addAll(f.infrastructure().firewalls());
      }
      out.addAll(f.suppressions());
      out.addAll(f.facts().of(DatabaseHostSetting.class));
    }
    pools.forEach(p -> out.add(new TransactionPool(p)));
    for (SourceFile f : in.workspace().files()) {
      if (f.name().toLowerCase(Locale.ROOT).endsWith(".sql")) {
        out.add(new SqlFile(f.path(), f.tracked()));
      }
    }
  }

  private static void connections(Resolution in, Facts.Builder out) {
    out.addAll(
        new ConnectionBuilder(
                in.knowledge().runtimes(),
                in.knowledge().connectionParser(),
                in.workspace().files(),
                in.policy())
            .build(in.files(), out.of(Service.class)));
  }

  /**
   * Datastores: services running a datastore image, then managed databases files declare. A service
   * that runs another command in a datastore's image beside a service running that datastore in the
   * same file (an init container fetching a binary with the ClickHouse image) is a helper, not a
   * second datastore.
   */
  private static void deployedDatastores(Resolution in, Facts.Builder out) {
    Map<Service, Engine> running = new LinkedHashMap<>();
    for (Service s : out.of(Service.class)) {
      in.knowledge().datastores().engineOf(s.image()).ifPresent(e -> running.put(s, e));
    }
    Set<String> served = new HashSet<>();
    running.forEach(
        (s, engine) -> {
          if (!s.overridesCommand()) {
            served.add(s.location().path() + "\0" + engine);
          }
        });
    running.forEach(
        (s, engine) -> {
          if (s.overridesCommand()
              && in.knowledge().datastores().isHelperName(s.name())
              && served.contains(s.location().path() + "\0" + engine)) {
            return;
          }
          out.add(
              new DeployedDatastore(
                  engine,
                  s.name(),
                  s.location(),
                  s.environment(),
                  s.runtime().equals("kubernetes") ? "Kubernetes container" : "compose service"));
        });
    in.files().forEach(f -> out.addAll(f.datastores()));
  }

  private static void mysqlTargets(Resolution in, Facts.Builder out) {
    out.addAll(
        MysqlTargets.decide(
            in.files().stream().flatMap(f -> f.mysqlRoutines().stream()).toList(),
            out.of(Service.class),
            in.knowledge()));
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
}
