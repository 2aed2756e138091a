package dev.ssotguard.model;

/**
 * A DigitalOcean managed database cluster declared in Terraform.
 *
 * @param address the Terraform address ("digitalocean_database_cluster.pg" or "data.…")
 * @param name the cluster's {@code name} argument, or null when it is not a literal
 * @param managed true for a resource, false for a data source (declared elsewhere)
 */
public record ManagedCluster(
    String address,
    String name,
    String engine,
    Location location,
    Environment environment,
    boolean managed)
    implements Fact {}
