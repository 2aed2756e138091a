package dev.ssotguard.resolve;

import dev.ssotguard.extract.ComposeFile;
import dev.ssotguard.extract.FileFacts;
import dev.ssotguard.formats.dotenv.DotenvEntry;
import dev.ssotguard.model.EnvValue;
import dev.ssotguard.model.Evidence;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves compose services as Compose would: the project {@code .env} beside the compose file
 * feeds interpolation ({@code .env.example} and friends as a lower-confidence fallback), {@code
 * env_file} and {@code environment} feed the container, {@code extends} merges a base service.
 */
final class ComposeResolver {
  private static final List<String> DOTENV_FALLBACKS =
      List.of(".env.example", ".env.sample", ".env.template", ".env.dist");
  private static final int MAX_EXTENDS = 8;
  private static final Pattern SINGLE_REFERENCE =
      Pattern.compile("\\$\\{?[A-Za-z_][A-Za-z0-9_]*(?:[:]?[-?+][^}]*)?}?");

  private final ProjectFiles files;

  ComposeResolver(ProjectFiles files) {
    this.files = files;
  }

  List<Service> resolve(ComposeFile compose) {
    String dir = parent(compose.path());
    Interpolator interpolator = new Interpolator(projectVariables(dir)::get);
    List<Service> services = new ArrayList<>();
    for (ComposeFile.Service s : compose.services()) {
      services.add(resolve(compose, dir, merged(compose, s, 0), interpolator));
    }
    return services;
  }

  private Map<String, Interpolator.Binding> projectVariables(String dir) {
    Map<String, Interpolator.Binding> vars = new HashMap<>();
    String primary = ProjectFiles.join(dir, ".env");
    Optional<List<DotenvEntry>> entries = files.dotenv(primary);
    boolean low = false;
    String source = primary;
    if (entries.isEmpty()) {
      for (String fallback : DOTENV_FALLBACKS) {
        source = ProjectFiles.join(dir, fallback);
        entries = files.dotenv(source);
        if (entries.isPresent()) {
          low = true;
          break;
        }
      }
    }
    if (entries.isPresent()) {
      for (DotenvEntry e : entries.get()) {
        vars.put(
            e.key(),
            new Interpolator.Binding(
                e.value(), new Location(source, e.line(), e.valueColumn()), low));
      }
    }
    return vars;
  }

  /** The service with its {@code extends} chain merged in (base first, own settings win). */
  private ComposeFile.Service merged(ComposeFile compose, ComposeFile.Service s, int depth) {
    ComposeFile.Extends ext = s.extendsFrom();
    if (ext == null || depth >= MAX_EXTENDS) {
      return s;
    }
    ComposeFile baseFile = compose;
    if (ext.file() != null) {
      Optional<ComposeFile> other =
          files
              .facts(ProjectFiles.join(parent(compose.path()), ext.file()))
              .map(FileFacts::compose);
      if (other.isEmpty()) {
        return s;
      }
      baseFile = other.get();
    }
    ComposeFile.Service base = null;
    for (ComposeFile.Service candidate : baseFile.services()) {
      if (candidate.name().equals(ext.service()) && !candidate.location().equals(s.location())) {
        base = merged(baseFile, candidate, depth + 1);
      }
    }
    if (base == null) {
      return s;
    }
    List<ComposeFile.Variable> env = new ArrayList<>(base.environment());
    env.addAll(s.environment());
    List<ComposeFile.EnvFile> envFiles = new ArrayList<>(base.envFiles());
    envFiles.addAll(s.envFiles());
    List<ComposeFile.Volume> volumes = new ArrayList<>(base.volumes());
    volumes.addAll(s.volumes());
    return new ComposeFile.Service(
        s.name(),
        s.location(),
        s.image() != null ? s.image() : base.image(),
        s.image() != null ? s.imageLocation() : base.imageLocation(),
        s.build() != null ? s.build() : base.build(),
        env,
        envFiles,
        volumes,
        null,
        s.profiles(),
        s.networks().isEmpty() ? base.networks() : s.networks(),
        s.overridesCommand() || base.overridesCommand(),
        union(s.commandAssigns(), base.commandAssigns()));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private Service resolve(
      ComposeFile compose, String dir, ComposeFile.Service s, Interpolator interpolator) {
    Map<String, EnvValue> env = new LinkedHashMap<>();
    boolean complete = true;
    for (ComposeFile.EnvFile ef : s.envFiles()) {
      Interpolator.Result path = interpolator.interpolate(ef.path());
      String rel = ProjectFiles.join(dir, path.value());
      Optional<List<DotenvEntry>> entries = path.complete() ? files.dotenv(rel) : Optional.empty();
      if (entries.isEmpty()) {
        complete &= !ef.required();
        continue;
      }
      for (DotenvEntry e : entries.get()) {
        Location at = new Location(rel, e.line(), e.valueColumn());
        Interpolator.Result v =
            e.interpolates()
                ? interpolator.interpolate(e.value())
                : new Interpolator.Result(e.value(), true, List.of());
        env.put(
            e.key(),
            value(
                e.key(),
                e.value(),
                v,
                at,
                List.of(new Evidence.EnvFileSupplies(ef.location(), e.key()))));
      }
    }
    for (ComposeFile.Variable v : s.environment()) {
      if (v.value() == null) {
        Interpolator.Result fromProject = interpolator.interpolate("${" + v.name() + "}");
        env.put(
            v.name(),
            fromProject.complete()
                ? value(v.name(), "${" + v.name() + "}", fromProject, v.location(), List.of())
                : new EnvValue(v.name(), null, false, v.location(), List.of(), false));
        continue;
      }
      env.put(
          v.name(),
          value(v.name(), v.value(), interpolator.interpolate(v.value()), v.location(), List.of()));
    }
    List<Service.Mount> mounts = new ArrayList<>();
    for (ComposeFile.Volume vol : s.volumes()) {
      Interpolator.Result source = interpolator.interpolate(vol.source());
      Interpolator.Result target = interpolator.interpolate(vol.target());
      String host =
          vol.bind()
                  && source.complete()
                  && !source.value().startsWith("/")
                  && !source.value().startsWith("~")
              ? ProjectFiles.join(dir, source.value())
              : null;
      if (host != null && (host.startsWith("../") || host.equals(".."))) {
        host = null;
      }
      mounts.add(new Service.Mount(host, target.value(), vol.location()));
    }
    String image = s.image() == null ? null : interpolator.interpolate(s.image()).value();
    String context = null;
    String dockerfile = null;
    if (s.build() != null) {
      context = ProjectFiles.join(dir, interpolator.interpolate(s.build().context()).value());
      dockerfile = ProjectFiles.join(context, s.build().dockerfile());
    }
    return new Service(
        s.name(),
        s.location(),
        compose.environment(),
        image,
        env,
        complete,
        mounts,
        context,
        dockerfile,
        onIpv6Network(compose, s) ? "compose-ipv6" : "compose",
        s.overridesCommand(),
        s.commandAssigns());
  }

  /** Compose puts a service without {@code networks:} on the project's "default" network. */
  private static boolean onIpv6Network(ComposeFile compose, ComposeFile.Service s) {
    List<String> networks = s.networks().isEmpty() ? List.of("default") : s.networks();
    return networks.stream().anyMatch(compose.ipv6Networks()::contains);
  }

  private static EnvValue value(
      String name, String raw, Interpolator.Result r, Location at, List<Evidence> extra) {
    List<Evidence> evidence = new ArrayList<>(extra);
    boolean low = false;
    for (Interpolator.Binding b : r.used()) {
      evidence.add(new Evidence.InterpolatedValue(b.location(), name));
      low |= b.lowConfidence();
    }
    Location origin =
        r.used().size() == 1 && SINGLE_REFERENCE.matcher(raw.trim()).matches()
            ? r.used().get(0).location()
            : at;
    return new EnvValue(name, r.value(), r.complete(), at, evidence, low, origin);
  }

  static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
