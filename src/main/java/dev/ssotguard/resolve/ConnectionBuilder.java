package dev.ssotguard.resolve;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.extract.FileFacts;
import dev.ssotguard.extract.InfrastructureInfo;
import dev.ssotguard.extract.SecretSetting;
import dev.ssotguard.extract.WorkflowInfo;
import dev.ssotguard.formats.dotenv.DotenvEntry;
import dev.ssotguard.knowledge.RuntimeMarker;
import dev.ssotguard.knowledge.Runtimes;
import dev.ssotguard.model.ClientRuntime;
import dev.ssotguard.model.Connection;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.EnvValue;
import dev.ssotguard.model.Evidence;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Service;
import dev.ssotguard.policy.Policy;
import dev.ssotguard.workspace.SourceFile;
import dev.ssotguard.workspace.Wildmatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every connection of the repository with the runtime it comes from. The runtime is what the
 * repository shows — a workflow job's {@code runs-on}, an app spec, the app folder of a {@code
 * vercel.json}, a compose or Kubernetes service — and unknown otherwise; it is never guessed.
 */
final class ConnectionBuilder {
  private static final Pattern DB_SETTING =
      Pattern.compile(
          "(?i).*(DATABASE_URL|DB_URL|POSTGRES_URL|PG_URL|DSN|CONNECTION_STRING|SUPABASE_DB).*");

  /**
   * A folder whose files deploy to one runtime, and the file that says so; when the marker names
   * its functions ({@code vercel.json} builds/functions), only files matching one run there.
   */
  private record AppFolder(String runtime, Location marker, List<Wildmatch> only) {
    boolean covers(String relativePath) {
      return only.isEmpty() || only.stream().anyMatch(w -> w.matches(relativePath));
    }
  }

  private static final String PRISMA = "prisma";

  private final Runtimes runtimes;
  private final Policy policy;
  private final ConnectionStringParser parser;
  private final Map<String, AppFolder> appFolders = new HashMap<>();
  private final Map<String, InfrastructureInfo.Droplet> dropletFiles = new HashMap<>();

  ConnectionBuilder(
      Runtimes runtimes, ConnectionStringParser parser, List<SourceFile> files, Policy policy) {
    this.runtimes = runtimes;
    this.policy = policy;
    this.parser = parser;
    Set<String> paths = new HashSet<>();
    for (SourceFile f : files) {
      paths.add(f.path());
    }
    // The runtime markers of knowledge/runtimes.yaml: vercel.json, fly.toml, a Procfile beside an
    // app.json, ...; the first marker found for a folder decides.
    for (SourceFile f : files) {
      for (RuntimeMarker m : runtimes.markers()) {
        String app = m.file().equals(f.name()) ? m.appFolder(f.directory()) : null;
        if (app != null && (m.companion() == null || paths.contains(sibling(f, m.companion())))) {
          appFolders.putIfAbsent(
              app, new AppFolder(m.runtime(), Location.fileStart(f.path()), List.of()));
        }
      }
    }
  }

  private static String sibling(SourceFile f, String name) {
    return f.directory().isEmpty() ? name : f.directory() + "/" + name;
  }

  /**
   * The app folder a runtime marker file (or a file a marker needs beside it) would mark, or null:
   * for telling which files a changed marker affects.
   */
  static String markedAppFolder(SourceFile f, Runtimes runtimes) {
    for (RuntimeMarker m : runtimes.markersNamed(f.name())) {
      String app = m.file().equals(f.name()) ? m.appFolder(f.directory()) : f.directory();
      if (app != null) {
        return app;
      }
    }
    return null;
  }

  List<Connection> build(List<FileFacts> facts, List<Service> services) {
    for (FileFacts f : facts) {
      if (f.functionPaths() != null) {
        String dir = f.file().directory();
        AppFolder app = appFolders.get(dir);
        if (app != null && app.marker().path().equals(f.file().path())) {
          List<Wildmatch> only = new ArrayList<>();
          for (String glob : f.functionPaths().globs()) {
            try {
              only.add(Wildmatch.compile(glob.startsWith("/") ? glob.substring(1) : glob));
            } catch (Wildmatch.BadPattern e) {
              // a pattern Vercel would reject names no file; the others still decide
            }
          }
          if (!only.isEmpty()) {
            appFolders.put(dir, new AppFolder(app.runtime(), app.marker(), only));
          }
        }
      }
      if (f.infrastructure() != null) {
        for (InfrastructureInfo.Droplet d : f.infrastructure().droplets()) {
          for (String file : d.userDataFiles()) {
            dropletFiles.put(file, d);
          }
        }
      }
    }
    List<Connection> out = new ArrayList<>();
    Set<String> prisma = new HashSet<>();
    facts.forEach(f -> prisma.addAll(f.prismaVariables()));
    for (Service s : services) {
      ClientRuntime runtime = runtimes.of(s.runtime(), s.location());
      String name =
          (s.runtime().equals("kubernetes") ? "Kubernetes workload " : "compose service ")
              + s.name();
      for (EnvValue v : s.env().values()) {
        service(out, name, runtime, s, v, prisma.contains(v.name()) ? PRISMA : null);
      }
    }
    // A value a service takes from an env file is that service's connection, not a second one.
    Set<Location> viaServices = new HashSet<>();
    out.forEach(c -> viaServices.add(c.location()));
    for (FileFacts f : facts) {
      if (f.compose() != null || !f.workloads().isEmpty()) {
        continue; // their environments are read through the resolved services below
      }
      for (DatastoreUse use : f.uses()) {
        if (use.connection() != null
            && !use.documentation()
            && !viaServices.contains(use.location())) {
          Client client =
              use.via().equals(DatastoreUse.BI_DATASOURCE)
                  ? biClientAt(f, use.location().line())
                  : clientAt(f, use.location().line());
          out.add(
              new Connection(
                  client.name(),
                  client.runtime(),
                  use.connection(),
                  null,
                  use.location(),
                  use.environment(),
                  List.of(),
                  use.via().equals(DatastoreUse.BI_DATASOURCE),
                  prisma.contains(dotenvKeyAt(f, use.location().line())) ? PRISMA : null));
        }
      }
      for (SecretSetting s : f.secretSettings()) {
        Client client = clientAt(f, s.location().line());
        out.add(
            new Connection(
                client.name(),
                client.runtime(),
                null,
                s.reference(),
                s.location(),
                f.file().environment(),
                List.of(),
                false,
                null));
      }
    }
    return out;
  }

  private void service(
      List<Connection> out,
      String name,
      ClientRuntime runtime,
      Service s,
      EnvValue v,
      String library) {
    List<Evidence> evidence = new ArrayList<>();
    for (Evidence e : v.evidence()) {
      if (!e.location().equals(v.origin())) {
        evidence.add(e);
      }
    }
    if (!v.origin().equals(v.location())) {
      evidence.add(new Evidence.SetsVariable(v.location(), name, v.name()));
    }
    Optional<ConnectionString> cs =
        v.value() == null || !(v.value().contains("://") || v.value().contains("host="))
            ? Optional.empty()
            : parser.parse(v.value());
    if (cs.isPresent()) {
      out.add(
          new Connection(
              name,
              runtime,
              cs.get(),
              null,
              v.origin(),
              s.environment(),
              evidence,
              false,
              library));
    } else if (DB_SETTING.matcher(v.name()).matches()
        && (v.value() == null || v.value().startsWith("${"))) {
      String reference = v.value() == null ? "$" + v.name() + " (from the shell)" : v.value();
      out.add(
          new Connection(
              name,
              runtime,
              null,
              reference,
              v.origin(),
              s.environment(),
              evidence,
              false,
              library));
    }
  }

  /** The dotenv key written on a line, so a Prisma schema's env("KEY") can be matched. */
  private static String dotenvKeyAt(FileFacts f, int line) {
    if (f.dotenv() == null) {
      return "";
    }
    for (DotenvEntry e : f.dotenv()) {
      if (e.line() == line) {
        return e.key();
      }
    }
    return "";
  }

  /** A BI datasource runs where its BI tool runs: a SaaS BI tool the policy names is IPv4-only. */
  private Client biClientAt(FileFacts f, int line) {
    Optional<Policy.SaasBi> saas = policy.saasBiOf(f.file().path());
    if (saas.isPresent()) {
      ClientRuntime r = runtimes.of("saas-bi", saas.get().location());
      return new Client("SaaS BI tool " + saas.get().name() + " (" + f.file().path() + ")", r);
    }
    return clientAt(f, line);
  }

  /** Who connects from a line of a file, and where that runs. */
  private record Client(String name, ClientRuntime runtime) {}

  private Client clientAt(FileFacts f, int line) {
    String path = f.file().path();
    if (f.workflow() != null) {
      WorkflowInfo.Job job = f.workflow().jobAt(line);
      if (job != null) {
        return new Client(
            "workflow " + path + " job " + job.id(), runtimes.of(job.runner(), job.runsOn()));
      }
      // Workflow-level env reaches every job: the most restrictive runner decides.
      for (WorkflowInfo.Job j : f.workflow().jobs()) {
        if (j.runner().equals("github-hosted")) {
          return new Client("workflow " + path, runtimes.of(j.runner(), j.runsOn()));
        }
      }
      return new Client("workflow " + path, ClientRuntime.UNKNOWN);
    }
    Optional<Policy.RuntimeMapping> mapped = policy.runtimeOf(path);
    if (mapped.isPresent()) {
      ClientRuntime r = runtimes.of(mapped.get().runtime(), mapped.get().location());
      return new Client(r.name() + " (policy) " + path, r);
    }
    InfrastructureInfo.Droplet droplet = dropletFiles.get(path);
    if (droplet != null) {
      ClientRuntime r =
          runtimes.of(droplet.ipv6() ? "droplet-ipv6" : "droplet", droplet.location());
      return new Client("droplet " + droplet.name() + " (user_data " + path + ")", r);
    }
    if (f.specRuntime() != null) {
      ClientRuntime r = runtimes.of(f.specRuntime(), Location.fileStart(path));
      return new Client(r.name() + " spec " + path, r);
    }
    for (String dir = f.file().directory(); ; dir = parent(dir)) {
      AppFolder app = appFolders.get(dir);
      String relative = dir.isEmpty() ? path : path.substring(dir.length() + 1);
      if (app != null && app.covers(relative)) {
        ClientRuntime r = runtimes.of(app.runtime(), app.marker());
        return new Client(r.name() + " app " + (dir.isEmpty() ? "." : dir), r);
      }
      if (app != null || dir.isEmpty()) {
        // a marker whose functions do not include the file: it is no function of the app
        return new Client(path, ClientRuntime.UNKNOWN);
      }
    }
  }

  private static String parent(String dir) {
    int slash = dir.lastIndexOf('/');
    return slash < 0 ? "" : dir.substring(0, slash);
  }
}
