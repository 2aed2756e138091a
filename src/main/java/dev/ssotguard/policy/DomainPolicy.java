package dev.ssotguard.policy;

import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import dev.ssotguard.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The §1 table: for each data domain, the systems that are authoritative for it and the PostgreSQL
 * providers allowed to hold it. PostgreSQL is the only engine the policy accepts as a source of
 * truth, so the engine is fixed; other engines are other rules' business (SSOT202, SSOT401/402).
 */
public record DomainPolicy(List<Domain> domains) {
  /** Where a PostgreSQL database runs, as far as its host name tells. */
  public static final List<String> PROVIDERS = List.of("digitalocean", "supabase", "self-hosted");

  private static final Set<String> KEYS = Set.of("domain", "systems", "engine", "providers");

  /**
   * One row of the policy's §1 table.
   *
   * @param location where the policy file declares it, or null for the built-in table
   */
  public record Domain(
      String name, List<String> systems, List<String> providers, Location location) {
    public Domain {
      systems = List.copyOf(systems);
      providers = List.copyOf(providers);
    }
  }

  public DomainPolicy {
    domains = List.copyOf(domains);
  }

  /** The built-in policy's table (the user's §1 table for the systems ssot-guard can see). */
  public static DomainPolicy builtin() {
    return Policy.builtin().domains();
  }

  /** The same table with no source locations (the built-in policy's rows are nobody's lines). */
  DomainPolicy withoutLocations() {
    return new DomainPolicy(
        domains.stream().map(d -> new Domain(d.name(), d.systems(), d.providers(), null)).toList());
  }

  public Optional<Domain> of(String system) {
    return domains.stream().filter(d -> d.systems().contains(system)).findFirst();
  }

  /**
   * The base table (the built-in policy's) with the file's entries layered over it (same name
   * replaces).
   */
  static DomainPolicy parse(YNode node, String file, Set<String> systemIds, DomainPolicy base)
      throws PolicyException {
    if (node == null) {
      return base;
    }
    Map<String, Domain> byName = new LinkedHashMap<>();
    base.domains().forEach(d -> byName.put(d.name(), d));
    if (node.asSeq() == null) {
      throw PolicyLoader.error(
          file,
          node.line(),
          node.column(),
          "domains must be a list",
          "write a list of entries with domain, systems, providers");
    }
    for (YNode item : node.asSeq().items()) {
      YMap m = item.asMap();
      if (m == null) {
        throw PolicyLoader.error(
            file,
            item.line(),
            item.column(),
            "a domains entry must be a mapping",
            "write domain, systems, providers");
      }
      for (YMap.Entry e : m.entries()) {
        if (!KEYS.contains(e.name())) {
          throw PolicyLoader.error(
              file,
              e.key().line(),
              e.key().column(),
              "unknown key '" + e.name() + "' in domains",
              "use domain, systems, engine, providers (see docs/policy.md)");
        }
      }
      String name = m.text("domain");
      if (name == null || name.isBlank()) {
        throw PolicyLoader.error(
            file, m.line(), m.column(), "a domains entry needs 'domain'", "name the data domain");
      }
      YMap.Entry engine = m.entry("engine");
      if (engine != null
          && !"postgresql".equals(engine.value() == null ? null : engine.value().text())) {
        throw PolicyLoader.error(
            file,
            engine.key().line(),
            engine.key().column(),
            "engine must be postgresql",
            "PostgreSQL is the only source of truth (policy §1); leave engine out or write"
                + " engine: postgresql");
      }
      List<String> systems = words(m.entry("systems"), file, "systems", systemIds, m);
      List<String> providers =
          words(m.entry("providers"), file, "providers", Set.copyOf(PROVIDERS), m);
      byName.put(
          name, new Domain(name, systems, providers, new Location(file, m.line(), m.column())));
    }
    return new DomainPolicy(new ArrayList<>(byName.values()));
  }

  private static List<String> words(
      YMap.Entry entry, String file, String what, Set<String> allowed, YMap owner)
      throws PolicyException {
    String choices = String.join(", ", allowed.stream().sorted().toList());
    if (entry == null || entry.value() == null || entry.value().asSeq() == null) {
      int line = entry == null ? owner.line() : entry.key().line();
      int column = entry == null ? owner.column() : entry.key().column();
      throw PolicyLoader.error(
          file,
          line,
          column,
          "domains." + what + " must be a list",
          "write e.g. " + what + ": [" + choices + "]");
    }
    List<String> out = new ArrayList<>();
    for (YNode n : entry.value().asSeq().items()) {
      String v = n.text();
      if (v == null || !allowed.contains(v)) {
        throw PolicyLoader.error(
            file,
            n.line(),
            n.column(),
            "unknown " + what.substring(0, what.length() - 1) + " '" + v + "'",
            "use one of " + choices);
      }
      out.add(v);
    }
    return out;
  }
}
