package dev.ssotguard.model;

import dev.ssotguard.connection.ConnectionString;
import java.util.List;

/**
 * A client's connection to a datastore: who connects, from which runtime, to what.
 *
 * @param client the service, workflow job or app folder that connects
 * @param target the parsed connection string, or null when only a secret reference is visible
 * @param reference what stands in for an unseen value (a secret name), or null
 * @param location where the value is written (where the fix belongs)
 * @param library the client library when the repository shows it ("prisma"), or null
 * @param biDatasource a BI tool's datasource (Superset {@code sqlalchemy_uri}, {@code
 *     set-database-uri})
 */
public record Connection(
    String client,
    ClientRuntime runtime,
    ConnectionString target,
    String reference,
    Location location,
    Environment environment,
    List<Evidence> evidence,
    boolean biDatasource,
    String library)
    implements Fact {
  public Connection {
    evidence = List.copyOf(evidence);
  }
}
