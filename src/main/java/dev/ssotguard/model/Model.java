package dev.ssotguard.model;

import dev.ssotguard.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the rules see: one immutable picture of who stores what where in the scanned tree.
 *
 * @param connections every client-to-datastore connection with the runtime it comes from
 * @param datastores the datastores the repository deploys (containers, managed clusters)
 * @param transactionPools names of DigitalOcean connection pools in transaction mode
 * @param managedClusters DigitalOcean database clusters Terraform declares (resources and data)
 * @param databaseFirewalls the {@code digitalocean_database_firewall}s Terraform declares
 * @param sqliteDatabaseFiles tracked files whose content is a SQLite database
 * @param sqlFiles every {@code *.sql} file with its tracked status
 * @param scanDate the day of the scan (UTC), against which policy dates are judged
 * @param policy the policy in force (built-in plus ssot-policy.yaml)
 * @param inlineSuppressions the {@code ssot:ignore} comments of the files read
 * @param toolClaimedLines {@code path:line} of values judged by a tool rule (SSOT401/402), which
 *     the generic SQLite rule leaves alone
 */
public record Model(
    List<Service> services,
    List<Connection> connections,
    List<DeployedDatastore> datastores,
    List<MysqlRoutine> mysqlRoutines,
    Set<String> transactionPools,
    List<ManagedCluster> managedClusters,
    List<DatabaseFirewall> databaseFirewalls,
    List<MetadataStore> metadataStores,
    List<DatastoreUse> uses,
    List<Credential> credentials,
    List<TlsSetting> tlsSettings,
    List<Location> sqliteDatabaseFiles,
    List<SqlFile> sqlFiles,
    Set<String> toolClaimedLines,
    List<Diagnostic> diagnostics,
    List<InlineSuppression> inlineSuppressions,
    int fileCount,
    Policy policy,
    LocalDate scanDate) {

  public Model {
    services = List.copyOf(services);
    connections = List.copyOf(connections);
    datastores = List.copyOf(datastores);
    mysqlRoutines = List.copyOf(mysqlRoutines);
    transactionPools = Set.copyOf(transactionPools);
    managedClusters = List.copyOf(managedClusters);
    databaseFirewalls = List.copyOf(databaseFirewalls);
    metadataStores = List.copyOf(metadataStores);
    uses = List.copyOf(uses);
    credentials = List.copyOf(credentials);
    tlsSettings = List.copyOf(tlsSettings);
    sqliteDatabaseFiles = List.copyOf(sqliteDatabaseFiles);
    sqlFiles = List.copyOf(sqlFiles);
    toolClaimedLines = Set.copyOf(toolClaimedLines);
    diagnostics = List.copyOf(diagnostics);
    inlineSuppressions = List.copyOf(inlineSuppressions);
  }

  public boolean isClaimedByTool(Location location) {
    return toolClaimedLines.contains(location.path() + ":" + location.line());
  }
}
