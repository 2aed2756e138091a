package dev.ssotguard.model;

import dev.ssotguard.connection.Engine;

/**
 * A datastore the repository deploys: a compose or Kubernetes container of a datastore image, a
 * Terraform managed cluster, an App Platform database.
 *
 * @param name the service, cluster or database name
 * @param location the line that declares it (the service key, the engine argument)
 * @param via how it is declared, for messages
 */
public record DeployedDatastore(
    Engine engine, String name, Location location, Environment environment, String via)
    implements Fact {}
