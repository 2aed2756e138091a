package dev.ssotguard.report;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.DeployedDatastore;
import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A commented {@code ssot-policy.yaml} for a repository: what the scan discovered is offered as
 * commented-out entries, so that writing the file changes no verdict until a person decides.
 */
public final class StarterPolicy {
  private static final Set<Engine> MYSQL = Set.of(Engine.MYSQL, Engine.MARIADB);
  private static final Set<Engine> NOT_A_ROLE =
      Set.of(Engine.POSTGRESQL, Engine.MYSQL, Engine.MARIADB, Engine.SQLITE);

  public String yaml(Model model, List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    out.append(
        """
        # ssot-policy.yaml: this repository's datastore policy, layered over the built-in one.
        # Written by `ssot init`. Entries the scan suggests are commented out: uncomment what you decide.
        # Reference: docs/policy.md; schema: ssot-policy.schema.json (in the ssot-guard jar).
        version: 1

        # Paths whose environment the name rules get wrong (production, test, development).
        # environments:
        #   test: ["qa/**"]

        """);
    mysql(model, findings, out);
    roles(model, findings, out);
    sql(findings, out);
    out.append(
        """
        # The §1 table (SSOT102). Built in: erp-transactions = odoo on digitalocean;
        # tool-metadata = superset, n8n on digitalocean or supabase.
        # domains:
        #   - domain: tool-metadata
        #     systems: [superset, n8n]
        #     providers: [digitalocean, supabase]

        # Database firewalls (SSOT604): the shortest IPv4 prefix a trusted source may have.
        # firewall:
        #   minimum_prefix_length: 24

        # Waivers need a reason, an owner and an end date.
        # waivers:
        #   - rule: SSOT301
        #     paths: ["legacy/**"]
        #     reason: replaced by the Postgres importer
        #     owner: data-platform
        #     expires: 2027-03-31
        """);
    return out.toString();
  }

  private static void mysql(Model model, List<Finding> findings, StringBuilder out) {
    out.append(
        """
        # Permitted MySQL/MariaDB uses (SSOT202/203): purpose is source-compat, staging, repro or
        # legacy-tool; legacy tools need a constraint and a migration plan, repro an end date.
        """);
    entries(
        undeclared(model, findings, "SSOT202", MYSQL::contains),
        "mysql",
        "#     purpose: source-compat   # or staging, repro, legacy-tool\n",
        "(the scan found no undeclared MySQL or MariaDB)",
        out);
  }

  private static void roles(Model model, List<Finding> findings, StringBuilder out) {
    out.append(
        "# Roles of datastores that are not PostgreSQL (SSOT101): staging, transport or cache.\n");
    entries(
        undeclared(model, findings, "SSOT101", e -> !NOT_A_ROLE.contains(e)),
        "roles",
        "#     role: staging   # or transport, cache\n",
        "(every datastore the scan found has a role)",
        out);
  }

  /** A datastore a rule reported as lacking a policy entry, deployed or named by a URL. */
  private record Entry(String name, Engine engine, String via, Location location) {}

  /**
   * The datastores of the engines that a rule reported as lacking a policy entry: the deployed ones
   * and those only a connection string names (ssot init must not say "none" while the scan reports
   * one).
   */
  private static List<Entry> undeclared(
      Model model, List<Finding> findings, String rule, Predicate<Engine> engines) {
    Set<String> reported = new TreeSet<>();
    for (Finding f : findings) {
      if (f.ruleId().equals(rule)) {
        reported.add(f.location().path() + ":" + f.location().line());
      }
    }
    List<Entry> found = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    for (DeployedDatastore d : model.datastores()) {
      if (engines.test(d.engine()) && reported.contains(key(d.location())) && names.add(d.name())) {
        found.add(new Entry(d.name(), d.engine(), d.via(), d.location()));
      }
    }
    for (DatastoreUse u : model.uses()) {
      if (u.connection() != null
          && engines.test(u.engine())
          && reported.contains(key(u.location()))
          && names.add(u.connection().host())) {
        found.add(new Entry(u.connection().host(), u.engine(), "connection string", u.location()));
      }
    }
    return found;
  }

  private static String key(Location at) {
    return at.path() + ":" + at.line();
  }

  private static void entries(
      List<Entry> found, String key, String suggestion, String none, StringBuilder out) {
    if (found.isEmpty()) {
      out.append("# ").append(key).append(": []   ").append(none).append("\n\n");
      return;
    }
    out.append("# ").append(key).append(":\n");
    for (Entry d : found) {
      out.append("#   - datastore: ").append(quote(d.name())).append("   # ");
      out.append(d.engine().displayName()).append(", ").append(printable(d.via())).append(" at ");
      out.append(printable(d.location().path())).append(':').append(d.location().line());
      out.append('\n').append(suggestion);
    }
    out.append('\n');
  }

  private static void sql(List<Finding> findings, StringBuilder out) {
    Set<String> folders = new TreeSet<>();
    for (Finding f : findings) {
      if (f.ruleId().equals("SSOT601")) {
        String path = f.location().path();
        int slash = path.indexOf('/');
        folders.add(slash < 0 ? path : path.substring(0, slash + 1));
      }
    }
    out.append(
        "# Where SQL may live besides supabase/migrations, seed and seeds (SSOT601): path prefixes.\n");
    if (folders.isEmpty()) {
      out.append("# sql:\n#   exceptions: []   (the scan found no stray SQL)\n\n");
      return;
    }
    out.append("# sql:\n#   exceptions:\n");
    for (String folder : folders) {
      out.append("#     - ").append(quote(folder)).append('\n');
    }
    out.append('\n');
  }

  /**
   * Text for a comment line: a file name with a line break must not end the comment, nor a terminal
   * control or bidi character reach whoever reads the file.
   */
  private static String printable(String s) {
    return Display.text(s);
  }

  /** A YAML double-quoted scalar; names come from the repository and may hold any character. */
  private static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        q.append('\\').append(c);
      } else if (Display.unsafe(c)) {
        q.append(
            c < 0x100
                ? String.format(Locale.ROOT, "\\x%02x", (int) c)
                : String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        q.append(c);
      }
    }
    return q.append('"').toString();
  }
}
