package dev.ssotguard.model;

import dev.ssotguard.policy.Policy;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the rules see: one immutable picture of who stores what where in the scanned tree, as
 * typed {@link Facts} (services, connections, datastores, credentials, ...), with the policy in
 * force and the day of the scan. The accessors below are the fact types the rules read most, by
 * name.
 *
 * @param facts what the scan established
 * @param fileCount how many files the scan saw
 * @param policy the policy in force (built-in plus ssot-policy.yaml)
 * @param scanDate the day of the scan (UTC), against which policy dates are judged
 */
public record Model(Facts facts, int fileCount, Policy policy, LocalDate scanDate) {

  /** Containers and workloads the repository deploys. */
  public List<Service> services() {
    return facts.of(Service.class);
  }

  /** Every client-to-datastore connection with the runtime it comes from. */
  public List<Connection> connections() {
    return facts.of(Connection.class);
  }

  /** The datastores the repository deploys (containers, managed clusters). */
  public List<DeployedDatastore> datastores() {
    return facts.of(DeployedDatastore.class);
  }

  public List<MysqlRoutine> mysqlRoutines() {
    return facts.of(MysqlRoutine.class);
  }

  /** Names of DigitalOcean connection pools in transaction mode. */
  public Set<String> transactionPools() {
    Set<String> names = new HashSet<>();
    facts.of(TransactionPool.class).forEach(p -> names.add(p.name()));
    return names;
  }

  /** DigitalOcean database clusters Terraform declares (resources and data). */
  public List<ManagedCluster> managedClusters() {
    return facts.of(ManagedCluster.class);
  }

  /** The {@code digitalocean_database_firewall}s Terraform declares. */
  public List<DatabaseFirewall> databaseFirewalls() {
    return facts.of(DatabaseFirewall.class);
  }

  public List<MetadataStore> metadataStores() {
    return facts.of(MetadataStore.class);
  }

  public List<DatastoreUse> uses() {
    return facts.of(DatastoreUse.class);
  }

  public List<DatabaseHostSetting> databaseHostSettings() {
    return facts.of(DatabaseHostSetting.class);
  }

  public List<CiPipeline> ciPipelines() {
    return facts.of(CiPipeline.class);
  }

  public List<Credential> credentials() {
    return facts.of(Credential.class);
  }

  public List<TlsSetting> tlsSettings() {
    return facts.of(TlsSetting.class);
  }

  /** Whether a mount's {@code *.db} file is known to be another engine's (BoltDB), not SQLite. */
  public boolean isOtherEngineFile(Location mount) {
    return facts.of(OtherEngineFile.class).stream().anyMatch(f -> f.location().equals(mount));
  }

  /** Tracked files whose content is a SQLite database. */
  public List<Location> sqliteDatabaseFiles() {
    return facts.of(SqliteDatabaseFile.class).stream().map(SqliteDatabaseFile::location).toList();
  }

  /** Every {@code *.sql} file with its tracked status. */
  public List<SqlFile> sqlFiles() {
    return facts.of(SqlFile.class);
  }

  public List<Diagnostic> diagnostics() {
    return facts.of(Diagnostic.class);
  }

  /** The {@code ssot:ignore} comments of the files read. */
  public List<InlineSuppression> inlineSuppressions() {
    return facts.of(InlineSuppression.class);
  }

  /**
   * Whether a tool's metadata-store rule judged the value on this line ({@link ToolJudgedValue}).
   */
  public boolean isClaimedByTool(Location location) {
    for (ToolJudgedValue v : facts.of(ToolJudgedValue.class)) {
      if (v.location().path().equals(location.path()) && v.location().line() == location.line()) {
        return true;
      }
    }
    return false;
  }
}
