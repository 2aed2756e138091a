package dev.ssotguard.extract;

import dev.ssotguard.formats.dotenv.DotenvEntry;
import dev.ssotguard.formats.python.PyModule;
import dev.ssotguard.model.Credential;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.DeployedDatastore;
import dev.ssotguard.model.Diagnostic;
import dev.ssotguard.model.Facts;
import dev.ssotguard.model.InlineSuppression;
import dev.ssotguard.model.MysqlRoutine;
import dev.ssotguard.model.Service;
import dev.ssotguard.model.TlsSetting;
import dev.ssotguard.workspace.SourceFile;
import java.util.List;

/**
 * Everything one file contributes to the model; files are read once and independently.
 *
 * @param facts what goes into the model as it is: uses, credentials, TLS settings, managed
 *     databases it declares (Terraform clusters, App Platform databases), MySQL routines,
 *     Kubernetes workloads, its {@code ssot:ignore} comments and its notes
 * @param compose the compose file it is, or null
 * @param dotenv its entries when it is a dotenv file, or null
 * @param python its assignments when it is a Python settings file, or null
 * @param dockerfile what it builds when it is a Dockerfile, or null
 * @param workflow its jobs and runners when it is a GitHub Actions workflow, or null
 * @param infrastructure droplets and connection pools when it is Terraform, or null
 * @param specRuntime the runtime an app spec deploys to ("do-app-platform", "render"), or null
 * @param secretSettings database settings whose value is a secret reference
 * @param prismaVariables environment variables a Prisma schema reads its URLs from
 */
public record FileFacts(
    SourceFile file,
    FileKind kind,
    boolean sqliteDatabase,
    Facts facts,
    ComposeFile compose,
    List<DotenvEntry> dotenv,
    PyModule python,
    DockerfileInfo dockerfile,
    WorkflowInfo workflow,
    InfrastructureInfo infrastructure,
    String specRuntime,
    List<SecretSetting> secretSettings,
    List<String> prismaVariables,
    ConfigDbHost configDbHost) {

  public FileFacts {
    dotenv = dotenv == null ? null : List.copyOf(dotenv);
    secretSettings = List.copyOf(secretSettings);
    prismaVariables = List.copyOf(prismaVariables);
  }

  public List<DatastoreUse> uses() {
    return facts.of(DatastoreUse.class);
  }

  public List<Credential> credentials() {
    return facts.of(Credential.class);
  }

  public List<TlsSetting> tlsSettings() {
    return facts.of(TlsSetting.class);
  }

  /** Managed databases it declares (Terraform clusters, App Platform databases). */
  public List<DeployedDatastore> datastores() {
    return facts.of(DeployedDatastore.class);
  }

  /** Stored routines of SQL written for MySQL/MariaDB. */
  public List<MysqlRoutine> mysqlRoutines() {
    return facts.of(MysqlRoutine.class);
  }

  /** The containers of the Kubernetes workloads it declares. */
  public List<Service> workloads() {
    return facts.of(Service.class);
  }

  /** Its {@code ssot:ignore} comments. */
  public List<InlineSuppression> suppressions() {
    return facts.of(InlineSuppression.class);
  }

  public List<Diagnostic> diagnostics() {
    return facts.of(Diagnostic.class);
  }
}
