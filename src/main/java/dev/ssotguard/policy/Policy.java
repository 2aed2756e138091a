package dev.ssotguard.policy;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Location;
import dev.ssotguard.workspace.Wildmatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy in force: the built-in policy (the user's SSOT policy, whose rules are the rule
 * catalogue) plus what an {@code ssot-policy.yaml} adds. Immutable.
 *
 * @param source the policy file it was read from, or "built-in"
 */
public record Policy(
    String source,
    List<EnvironmentRule> environments,
    List<RuntimeMapping> runtimes,
    List<SaasBi> saasBi,
    SqlPolicy sql,
    List<Waiver> waivers,
    List<DatastorePolicy.Role> roles,
    List<DatastorePolicy.MysqlUse> mysql,
    FirewallPolicy firewall,
    DomainPolicy domains,
    Selection selection) {

  /** Paths whose environment the policy states, overriding the default name rules. */
  public record EnvironmentRule(Environment environment, Paths paths) {}

  /**
   * Paths whose clients run on a runtime the repository does not show (knowledge/runtimes.yaml).
   */
  public record RuntimeMapping(String runtime, Paths paths, Location location) {}

  /** A SaaS BI tool (IPv4-only) whose datasources are defined under the paths. */
  public record SaasBi(String name, Paths paths, Location location) {}

  /**
   * Glob patterns matched against paths relative to the scan root, compiled once: environment rules
   * are asked for every file the walker visits.
   */
  public static final class Paths {
    private final List<String> globs;
    private final List<PathGlob> matchers;

    /**
     * @throws IllegalArgumentException for a glob that cannot match (the loader checks first)
     */
    public Paths(List<String> globs) {
      this.globs = List.copyOf(globs);
      List<PathGlob> compiled = new ArrayList<>();
      for (String g : this.globs) {
        try {
          compiled.add(PathGlob.compile(g));
        } catch (Wildmatch.BadPattern e) {
          throw new IllegalArgumentException("glob '" + g + "' " + e.getMessage(), e);
        }
      }
      this.matchers = List.copyOf(compiled);
    }

    public List<String> globs() {
      return globs;
    }

    public boolean matches(String path) {
      for (PathGlob m : matchers) {
        if (m.matches(path)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Paths other && other.globs.equals(globs);
    }

    @Override
    public int hashCode() {
      return globs.hashCode();
    }

    @Override
    public String toString() {
      return globs.toString();
    }
  }

  public Policy {
    environments = List.copyOf(environments);
    runtimes = List.copyOf(runtimes);
    saasBi = List.copyOf(saasBi);
    waivers = List.copyOf(waivers);
    roles = List.copyOf(roles);
    mysql = List.copyOf(mysql);
  }

  /** The built-in policy (policy/builtin-policy.yaml), read once per JVM. */
  public static Policy builtin() {
    return BuiltinPolicy.POLICY;
  }

  /** The same policy as read from a file named {@code name} (an empty file is its base). */
  Policy withSource(String name) {
    return new Policy(
        name,
        environments,
        runtimes,
        saasBi,
        sql,
        waivers,
        roles,
        mysql,
        firewall,
        domains,
        selection);
  }

  /** Nothing at all: the base the built-in policy file is read over. */
  static Policy empty() {
    return new Policy(
        "empty",
        List.of(),
        List.of(),
        List.of(),
        new SqlPolicy(new Paths(List.of()), List.of(), false, false, null),
        List.of(),
        List.of(),
        List.of(),
        new FirewallPolicy(0),
        new DomainPolicy(List.of()),
        Selection.none());
  }

  /**
   * This policy as the built-in one: its rows come from no user's file, so they carry no source
   * lines (rules show a policy line as a related location only when the user wrote it).
   */
  Policy asBuiltin() {
    return new Policy(
        "built-in",
        environments,
        runtimes,
        saasBi,
        new SqlPolicy(sql.allowed(), sql.exceptions(), sql.timestampVersions(), true, null),
        waivers,
        roles,
        mysql,
        firewall,
        domains.withoutLocations(),
        selection);
  }

  /**
   * This policy with the roles the knowledge base gives datastores (knowledge/datastores.yaml),
   * which hold whatever the policy file says: the policy in force.
   */
  public Policy withBuiltinRoles(Map<Engine, String> builtinRoles) {
    List<DatastorePolicy.Role> all = new ArrayList<>(roles);
    builtinRoles.forEach(
        (engine, role) -> all.add(new DatastorePolicy.Role(engine, null, role, null)));
    return new Policy(
        source,
        environments,
        runtimes,
        saasBi,
        sql,
        waivers,
        all,
        mysql,
        firewall,
        domains,
        selection);
  }

  /** Asked for every walked file: a plain loop, no stream, and nothing at all without rules. */
  public Optional<Environment> environmentOf(String path) {
    for (EnvironmentRule r : environments) {
      if (r.paths().matches(path)) {
        return Optional.of(r.environment());
      }
    }
    return Optional.empty();
  }

  public Optional<RuntimeMapping> runtimeOf(String path) {
    return runtimes.stream().filter(r -> r.paths().matches(path)).findFirst();
  }

  public Optional<SaasBi> saasBiOf(String path) {
    return saasBi.stream().filter(r -> r.paths().matches(path)).findFirst();
  }
}
