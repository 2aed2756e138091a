package dev.ssotguard.model;

import java.util.List;

/**
 * A {@code digitalocean_database_firewall}: the cluster it protects (as written) and its trusted
 * sources.
 *
 * @param clusterReference the {@code cluster_id} expression, e.g. {@code
 *     digitalocean_database_cluster.pg.id}
 */
public record DatabaseFirewall(
    String clusterReference, List<Rule> rules, Location location, Environment environment)
    implements Fact {
  /** One {@code rule { type, value }}. */
  public record Rule(String type, String value, Location location) {}

  public DatabaseFirewall {
    rules = List.copyOf(rules);
  }

  /** Whether {@code cluster_id} points at the cluster with that Terraform address. */
  public boolean protects(String address) {
    return clusterReference.contains(address + ".");
  }
}
