package dev.ssotguard.rules;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.EndpointClass;
import dev.ssotguard.connection.Hosts;
import dev.ssotguard.model.Connection;
import dev.ssotguard.model.DatabaseFirewall;
import dev.ssotguard.model.DatabaseHostSetting;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.ManagedCluster;
import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DigitalOcean managed database without trusted sources accepts connections from the whole
 * internet, guarded only by its password and TLS (DOMAIN.md §6).
 */
@RuleInfo(
    id = "SSOT603",
    name = "managed-db-no-allowlist",
    severity = Severity.ERROR,
    scope = Scope.PRODUCTION,
    section = "§6",
    summary =
        "A DigitalOcean managed database has no Terraform-declared firewall (trusted sources)",
    securitySeverity = "8.0",
    precision = "high")
public final class ManagedDbNoAllowlist implements Rule {
  /** {@code [private-]<name>-do-user-<n>-0.<x>.db.ondigitalocean.com}: the cluster's name. */
  private static final Pattern CLUSTER_HOST =
      Pattern.compile(
          "^(?:private-)?(.+?)-do-user-\\d+-\\d+\\..*\\.db\\.ondigitalocean\\.com\\.?$");

  @Override
  public void check(Model model, Findings findings) {
    for (ManagedCluster cluster : model.managedClusters()) {
      if (cluster.managed() && firewallOf(model, cluster).isEmpty()) {
        findings.report(
            Problem.at(cluster.location(), cluster.environment())
                .message(
                    cluster.address()
                        + (cluster.name() == null ? "" : " ('" + cluster.name() + "')")
                        + " has no digitalocean_database_firewall, so it accepts connections from the whole"
                        + " internet (password and TLS only);")
                .fix(
                    "add a digitalocean_database_firewall with cluster_id = "
                        + cluster.address()
                        + ".id and a rule for each droplet, app, tag or Kubernetes cluster that uses it")
                .key("cluster:" + cluster.address()));
      }
    }
    for (Connection c : model.connections()) {
      ConnectionString cs = c.target();
      if (cs == null || cs.endpoint() != EndpointClass.DO_MANAGED) {
        continue;
      }
      reportUnlisted(model, findings, c.client(), cs.host(), c.environment(), c.location());
    }
    // A config file's database host (odoo.conf db_host), mounted by a service or standing alone:
    // deployed config either way.
    for (DatabaseHostSetting h : model.databaseHostSettings()) {
      if (Hosts.isDigitalOceanManaged(h.host())) {
        reportUnlisted(
            model,
            findings,
            h.location().path() + " (" + h.setting() + ")",
            h.host(),
            h.environment(),
            h.location());
      }
    }
    // Tool stores (Odoo's db_host, n8n's DB_POSTGRESDB_HOST) name hosts that are not URLs.
    for (MetadataStore store : model.metadataStores()) {
      if (store.host() != null && Hosts.isDigitalOceanManaged(store.host())) {
        reportUnlisted(
            model,
            findings,
            store.toolName() + " service '" + store.service() + "'",
            store.host(),
            store.environment(),
            store.hostAt());
      }
    }
  }

  private static void reportUnlisted(
      Model model,
      Findings findings,
      String client,
      String host,
      Environment environment,
      Location at) {
    Optional<String> name = clusterName(host);
    if (name.isEmpty() || isAllowlisted(model, name.get())) {
      return;
    }
    List<Related> related =
        model.managedClusters().stream()
            .filter(k -> name.get().equals(k.name()))
            .map(k -> new Related(k.location(), "the cluster, declared without a firewall"))
            .toList();
    findings.report(
        Problem.at(at, environment)
            .message(
                client
                    + " connects to the DigitalOcean managed database '"
                    + name.get()
                    + "' and no Terraform in the repository declares its firewall (trusted sources);")
            .fix(
                "manage the cluster's digitalocean_database_firewall in Terraform so that only the"
                    + " clients in the connection matrix can reach it")
            .key("host:" + name.get())
            .related(related));
  }

  /** The cluster's name in a managed-database host name, if the host has the documented shape. */
  static Optional<String> clusterName(String host) {
    Matcher m = CLUSTER_HOST.matcher(host.trim().toLowerCase(Locale.ROOT));
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<DatabaseFirewall> firewallOf(Model model, ManagedCluster cluster) {
    return model.databaseFirewalls().stream()
        .filter(f -> f.protects(cluster.address()))
        .findFirst();
  }

  /**
   * A firewall protects a cluster of that name — or a cluster whose name is computed (a variable),
   * which might be this one; the rule stays silent rather than guess.
   */
  private static boolean isAllowlisted(Model model, String name) {
    return model.managedClusters().stream()
        .filter(k -> k.name() == null || name.equalsIgnoreCase(k.name()))
        .anyMatch(k -> firewallOf(model, k).isPresent());
  }
}
