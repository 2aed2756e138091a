package dev.ssotguard.policy;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.formats.BoundedRead;
import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import dev.ssotguard.formats.yaml.YSeq;
import dev.ssotguard.formats.yaml.YamlLoader;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Location;
import dev.ssotguard.report.Display;
import dev.ssotguard.workspace.Wildmatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code ssot-policy.yaml} strictly: an unknown key, a wrong type, an unknown runtime or a
 * bad glob is an error naming the file, the line and the fix (the command exits 2).
 */
public final class PolicyLoader {
  public static final String FILE_NAME = "ssot-policy.yaml";
  private static final List<String> ROOT_KEYS =
      List.of(
          "version",
          "environments",
          "runtimes",
          "saas_bi",
          "sql",
          "waivers",
          "roles",
          "mysql",
          "firewall",
          "domains",
          "rules",
          "exclude");
  private static final String DOCS = " (see docs/policy.md)";

  private final Set<String> runtimeIds;
  private final Set<String> ruleIds;
  private final Set<String> systemIds;

  /** The largest policy file read. */
  static final int MAX_POLICY_BYTES = 1 << 20;

  /**
   * A loader that checks every name a policy file uses against what exists.
   *
   * @param runtimeIds the runtime ids a mapping may name (knowledge/runtimes.yaml)
   * @param ruleIds the rule ids a waiver may name (the rule registry)
   * @param systemIds the systems a domain may name (knowledge/tools.yaml)
   */
  public PolicyLoader(Set<String> runtimeIds, Set<String> ruleIds, Set<String> systemIds) {
    this.runtimeIds = Set.copyOf(runtimeIds);
    this.ruleIds = Set.copyOf(ruleIds);
    this.systemIds = Set.copyOf(systemIds);
  }

  /** A policy file over the built-in policy. */
  public Policy load(Path file, String displayName) throws PolicyException {
    String text;
    try {
      text = new String(BoundedRead.read(file, MAX_POLICY_BYTES), StandardCharsets.UTF_8);
    } catch (BoundedRead.Refused e) {
      throw new PolicyException(
          "ssot: the policy file "
              + displayName
              + " "
              + e.getMessage()
              + ". Fix: pass a policy file (YAML, at most 1 MiB) with --policy, or leave the option"
              + " out to use "
              + FILE_NAME
              + " at the scan root or the built-in policy");
    } catch (IOException e) {
      throw new PolicyException(
          "ssot: cannot read the policy file "
              + displayName
              + ". Fix: pass a readable file"
              + " with --policy, or remove the option to use the built-in policy");
    }
    return parse(text, displayName, Policy.builtin());
  }

  /** A policy text whose sections layer over {@code base}. */
  Policy parse(String text, String displayName, Policy base) throws PolicyException {
    YNode root;
    try {
      List<YNode> docs = new YamlLoader(1 << 20).load(text);
      root = docs.isEmpty() ? null : docs.get(0);
    } catch (ParseException e) {
      throw error(displayName, e.line(), e.column(), e.getMessage(), "write valid YAML");
    }
    if (root == null) {
      return base.withSource(displayName);
    }
    YMap map =
        mapOf(root, displayName, "the policy", "a mapping with " + String.join(", ", ROOT_KEYS));
    for (YMap.Entry e : map.entries()) {
      if (!ROOT_KEYS.contains(e.name())) {
        throw error(
            displayName,
            e.key().line(),
            e.key().column(),
            "unknown key '" + e.name() + "'",
            "use one of " + String.join(", ", ROOT_KEYS) + DOCS);
      }
    }
    YMap.Entry version = map.entry("version");
    if (version != null && !"1".equals(version.value() == null ? null : version.value().text())) {
      throw error(
          displayName,
          version.key().line(),
          version.key().column(),
          "unsupported version",
          "set version: 1");
    }
    return new Policy(
        displayName,
        environments(map.get("environments"), displayName),
        runtimes(map.get("runtimes"), displayName),
        saasBi(map.get("saas_bi"), displayName),
        sql(map.get("sql"), displayName, base.sql()),
        waivers(map.get("waivers"), displayName),
        roles(map.get("roles"), displayName),
        mysql(map.get("mysql"), displayName),
        FirewallPolicy.parse(map.get("firewall"), displayName, base.firewall()),
        DomainPolicy.parse(map.get("domains"), displayName, systemIds, base.domains()),
        selection(map.get("rules"), map.get("exclude"), displayName));
  }

  private List<Policy.EnvironmentRule> environments(YNode node, String file)
      throws PolicyException {
    List<Policy.EnvironmentRule> rules = new ArrayList<>();
    if (node == null) {
      return rules;
    }
    for (YMap.Entry e :
        mapOf(node, file, "environments", "a mapping of production/development/test to globs")
            .entries()) {
      Environment env;
      try {
        env = Environment.valueOf(e.name().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        throw error(
            file,
            e.key().line(),
            e.key().column(),
            "unknown environment '" + e.name() + "'",
            "use production, development or test");
      }
      rules.add(
          new Policy.EnvironmentRule(env, globs(e.value(), file, "environments." + e.name(), e)));
    }
    return rules;
  }

  private List<Policy.RuntimeMapping> runtimes(YNode node, String file) throws PolicyException {
    List<Policy.RuntimeMapping> mappings = new ArrayList<>();
    for (YMap m : listOfMaps(node, file, "runtimes", Set.of("paths", "runtime"))) {
      YMap.Entry runtime = m.entry("runtime");
      String id = runtime == null || runtime.value() == null ? null : runtime.value().text();
      if (id == null || !runtimeIds.contains(id)) {
        int line = runtime == null ? m.line() : runtime.value().line();
        int column = runtime == null ? m.column() : runtime.value().column();
        throw error(
            file,
            line,
            column,
            id == null ? "a runtime mapping needs 'runtime'" : "unknown runtime '" + id + "'",
            "use one of " + String.join(", ", runtimeIds.stream().sorted().toList()));
      }
      mappings.add(
          new Policy.RuntimeMapping(
              id,
              globs(m.get("paths"), file, "runtimes[].paths", m.entry("paths")),
              new Location(file, m.line(), m.column())));
    }
    return mappings;
  }

  private List<Policy.SaasBi> saasBi(YNode node, String file) throws PolicyException {
    List<Policy.SaasBi> tools = new ArrayList<>();
    for (YMap m : listOfMaps(node, file, "saas_bi", Set.of("name", "paths"))) {
      String name = m.text("name");
      if (name == null || name.isBlank()) {
        throw error(
            file,
            m.line(),
            m.column(),
            "a SaaS BI entry needs 'name'",
            "name the tool, e.g. name: Hex");
      }
      tools.add(
          new Policy.SaasBi(
              name,
              globs(m.get("paths"), file, "saas_bi[].paths", m.entry("paths")),
              new Location(file, m.line(), m.column())));
    }
    return tools;
  }

  /** {@code rules: {disable: [IDs]}} and {@code exclude: [globs]}. */
  private Selection selection(YNode rules, YNode exclude, String file) throws PolicyException {
    List<String> disabled = new ArrayList<>();
    if (rules != null) {
      if (!(rules instanceof YMap m)) {
        throw error(
            file,
            rules.line(),
            rules.column(),
            "'rules' is not a mapping",
            "write rules: {disable: [SSOTnnn]}");
      }
      for (YMap.Entry e : m.entries()) {
        if (!e.name().equals("disable")) {
          throw error(
              file,
              e.key().line(),
              e.key().column(),
              "unknown key '" + e.name() + "' under rules",
              "use disable: [SSOTnnn, ...]");
        }
      }
      for (YNode id : stringList(m.get("disable"), file, "rules.disable")) {
        String rule = id.text().trim();
        if (!ruleIds.contains(rule)) {
          throw error(
              file,
              id.line(),
              id.column(),
              "unknown rule '" + rule + "' in rules.disable",
              "use a rule ID such as SSOT301 (ssot rules)");
        }
        disabled.add(rule);
      }
    }
    List<String> globs = new ArrayList<>();
    for (YNode glob : stringList(exclude, file, "exclude")) {
      globs.add(glob.text());
    }
    return new Selection(disabled, globs);
  }

  private static List<YNode> stringList(YNode node, String file, String key)
      throws PolicyException {
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof YSeq seq)) {
      throw error(
          file,
          node.line(),
          node.column(),
          "'" + key + "' is not a list",
          "write " + key + ": [...]");
    }
    for (YNode item : seq.items()) {
      if (item.text() == null || item.text().isBlank()) {
        throw error(
            file,
            item.line(),
            item.column(),
            "an entry of '" + key + "' is not a string",
            "give one value per entry");
      }
    }
    return seq.items();
  }

  private List<Waiver> waivers(YNode node, String file) throws PolicyException {
    List<Waiver> waivers = new ArrayList<>();
    for (YMap m :
        listOfMaps(node, file, "waivers", Set.of("rule", "paths", "reason", "owner", "expires"))) {
      for (String required : List.of("rule", "paths", "reason", "owner", "expires")) {
        if (m.get(required) == null
            || (!required.equals("paths")
                && (m.text(required) == null || m.text(required).isBlank()))) {
          throw error(
              file,
              m.line(),
              m.column(),
              "a waiver needs '" + required + "'",
              "give every waiver rule, paths, reason, owner and expires (YYYY-MM-DD)");
        }
      }
      String rule = m.text("rule").trim();
      if (!ruleIds.contains(rule)) {
        YNode r = m.get("rule");
        throw error(
            file,
            r.line(),
            r.column(),
            "unknown rule '" + rule + "' in a waiver",
            "use a rule ID such as SSOT301 (ssot rules)");
      }
      String expiresText = m.text("expires").trim();
      LocalDate expires;
      try {
        expires = LocalDate.parse(expiresText);
      } catch (DateTimeParseException e) {
        expires = null; // counts as expired; the findings it covered say so
      }
      waivers.add(
          new Waiver(
              rule,
              globs(m.get("paths"), file, "waivers[].paths", m.entry("paths")),
              m.text("reason"),
              m.text("owner"),
              expires,
              expiresText,
              new Location(file, m.line(), m.column())));
    }
    return waivers;
  }

  private static final List<String> ROLES = List.of("staging", "transport", "cache");
  private static final List<String> PURPOSES =
      List.of("source-compat", "staging", "repro", "legacy-tool");

  private List<DatastorePolicy.Role> roles(YNode node, String file) throws PolicyException {
    List<DatastorePolicy.Role> roles = new ArrayList<>();
    for (YMap m : listOfMaps(node, file, "roles", Set.of("engine", "datastore", "role"))) {
      String role = m.text("role");
      if (role == null || !ROLES.contains(role)) {
        throw error(
            file,
            m.line(),
            m.column(),
            "a role must be one of " + String.join(", ", ROLES),
            "write role: staging, transport or cache");
      }
      Engine engine = null;
      if (m.text("engine") != null) {
        try {
          engine = Engine.valueOf(m.text("engine").toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
          YNode at = m.get("engine");
          throw error(
              file,
              at.line(),
              at.column(),
              "unknown engine '" + m.text("engine") + "'",
              "use an engine such as mongodb, elasticsearch, clickhouse, memcached");
        }
      }
      if (engine == null && m.text("datastore") == null) {
        throw error(
            file,
            m.line(),
            m.column(),
            "a role needs 'engine' or 'datastore'",
            "name the engine or the datastore");
      }
      roles.add(
          new DatastorePolicy.Role(
              engine, m.text("datastore"), role, new Location(file, m.line(), m.column())));
    }
    return roles;
  }

  private List<DatastorePolicy.MysqlUse> mysql(YNode node, String file) throws PolicyException {
    List<DatastorePolicy.MysqlUse> uses = new ArrayList<>();
    Set<String> keys =
        Set.of("datastore", "paths", "purpose", "constraint", "migration_plan", "ends");
    for (YMap m : listOfMaps(node, file, "mysql", keys)) {
      String purpose = m.text("purpose");
      if (purpose == null || !PURPOSES.contains(purpose)) {
        YNode at = m.get("purpose") == null ? m : m.get("purpose");
        throw error(
            file,
            at.line(),
            at.column(),
            "a MySQL use needs a purpose",
            "use one of " + String.join(", ", PURPOSES) + " (policy §2)");
      }
      if (m.text("datastore") == null && m.get("paths") == null) {
        throw error(
            file,
            m.line(),
            m.column(),
            "a MySQL use needs 'datastore' or 'paths'",
            "name the compose service, cluster or host, or the paths that use it");
      }
      Policy.Paths paths =
          m.get("paths") == null
              ? null
              : globs(m.get("paths"), file, "mysql[].paths", m.entry("paths"));
      DatastorePolicy.MigrationPlan plan = null;
      YMap p = m.map("migration_plan");
      if (m.get("migration_plan") != null && p == null) {
        YNode at = m.get("migration_plan");
        throw error(
            file,
            at.line(),
            at.column(),
            "migration_plan must be a mapping",
            "write reference, approver, target_date");
      }
      if (p != null) {
        String target = p.text("target_date");
        plan =
            new DatastorePolicy.MigrationPlan(
                p.text("reference"), p.text("approver"), date(target), target);
      }
      String ends = m.text("ends");
      uses.add(
          new DatastorePolicy.MysqlUse(
              m.text("datastore"),
              paths,
              purpose,
              m.text("constraint"),
              plan,
              date(ends),
              ends,
              new Location(file, m.line(), m.column())));
    }
    return uses;
  }

  private static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static SqlPolicy sql(YNode node, String file, SqlPolicy base) throws PolicyException {
    if (node == null) {
      return base;
    }
    YMap m = mapOf(node, file, "sql", "a mapping with allowed, exceptions, migration_versions");
    Policy.Paths allowed = base.allowed();
    boolean builtinPlaces = base.builtinPlaces();
    List<String> exceptions = new ArrayList<>();
    boolean timestamps = false;
    for (YMap.Entry e : m.entries()) {
      switch (e.name()) {
        case "allowed" -> {
          allowed = globs(e.value(), file, "sql.allowed", e);
          builtinPlaces = false;
        }
        case "exceptions" -> exceptions.addAll(globs(e.value(), file, "sql.exceptions", e).globs());
        case "migration_versions" -> {
          String v = e.value() == null ? null : e.value().text();
          if (!"any".equals(v) && !"timestamp".equals(v)) {
            throw error(
                file,
                e.key().line(),
                e.key().column(),
                "migration_versions must be any or timestamp",
                "write migration_versions: timestamp to require the Supabase CLI's 14-digit versions");
          }
          timestamps = v.equals("timestamp");
        }
        default ->
            throw error(
                file,
                e.key().line(),
                e.key().column(),
                "unknown key '" + e.name() + "' in sql",
                "use allowed, exceptions, migration_versions" + DOCS);
      }
    }
    return new SqlPolicy(
        allowed, exceptions, timestamps, builtinPlaces, new Location(file, m.line(), m.column()));
  }

  private List<YMap> listOfMaps(YNode node, String file, String what, Set<String> keys)
      throws PolicyException {
    List<YMap> maps = new ArrayList<>();
    if (node == null) {
      return maps;
    }
    if (node.asSeq() == null) {
      throw error(
          file,
          node.line(),
          node.column(),
          what + " must be a list",
          "write a list of entries with " + String.join(", ", keys.stream().sorted().toList()));
    }
    for (YNode item : node.asSeq().items()) {
      YMap m =
          mapOf(
              item,
              file,
              what + " entry",
              "a mapping with " + String.join(", ", keys.stream().sorted().toList()));
      for (YMap.Entry e : m.entries()) {
        if (!keys.contains(e.name())) {
          throw error(
              file,
              e.key().line(),
              e.key().column(),
              "unknown key '" + e.name() + "' in " + what,
              "use " + String.join(", ", keys.stream().sorted().toList()) + DOCS);
        }
      }
      maps.add(m);
    }
    return maps;
  }

  private static YMap mapOf(YNode node, String file, String what, String expected)
      throws PolicyException {
    if (node.asMap() == null) {
      throw error(
          file, node.line(), node.column(), what + " must be " + expected, "write " + expected);
    }
    return node.asMap();
  }

  private static Policy.Paths globs(YNode node, String file, String what, YMap.Entry owner)
      throws PolicyException {
    if (node == null || node.asSeq() == null) {
      int line = node != null ? node.line() : owner != null ? owner.key().line() : 1;
      int column = node != null ? node.column() : 1;
      throw error(
          file,
          line,
          column,
          what + " must be a list of globs",
          "write e.g. paths: [\"deploy/**\"]");
    }
    List<String> globs = new ArrayList<>();
    for (YNode g : node.asSeq().items()) {
      if (g.text() == null || g.text().isBlank()) {
        throw error(
            file,
            g.line(),
            g.column(),
            "empty glob in " + what,
            "write a path pattern such as deploy/**");
      }
      try {
        PathGlob.compile(g.text());
      } catch (Wildmatch.BadPattern e) {
        throw error(
            file,
            g.line(),
            g.column(),
            "bad glob '" + g.text() + "': it " + e.getMessage(),
            "fix the pattern (*, **, ?, [..], {a,b}; a backslash escapes)");
      }
      globs.add(g.text());
    }
    return new Policy.Paths(globs);
  }

  /** The message quotes the policy's own keys and values: controls are escaped, values clipped. */
  static PolicyException error(String file, int line, int column, String problem, String fix) {
    return new PolicyException(
        Display.text(
            "ssot: " + file + ":" + line + ":" + column + ": " + problem + ". Fix: " + fix + "."));
  }
}
