package dev.ssotguard.extract;

import dev.ssotguard.formats.dotenv.DotenvEntry;
import dev.ssotguard.formats.python.PyModule;
import dev.ssotguard.model.Credential;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.DeployedDatastore;
import dev.ssotguard.model.Diagnostic;
import dev.ssotguard.model.InlineSuppression;
import dev.ssotguard.model.MysqlRoutine;
import dev.ssotguard.model.Service;
import dev.ssotguard.model.TlsSetting;
import dev.ssotguard.workspace.SourceFile;
import java.util.List;

/**
 * Everything one file contributes to the model; files are read once and independently.
 *
 * @param compose the compose file it is, or null
 * @param dotenv its entries when it is a dotenv file, or null
 * @param python its assignments when it is a Python settings file, or null
 * @param dockerfile what it builds when it is a Dockerfile, or null
 * @param workflow its jobs and runners when it is a GitHub Actions workflow, or null
 * @param infrastructure droplets and connection pools when it is Terraform, or null
 * @param specRuntime the runtime an app spec deploys to ("do-app-platform", "render"), or null
 * @param secretSettings database settings whose value is a secret reference
 * @param prismaVariables environment variables a Prisma schema reads its URLs from
 * @param datastores managed databases it declares (Terraform clusters, App Platform databases)
 * @param mysqlRoutines stored routines of SQL written for MySQL/MariaDB
 * @param workloads the containers of the Kubernetes workloads it declares
 * @param suppressions its {@code ssot:ignore} comments
 */
public record FileFacts(
    SourceFile file,
    FileKind kind,
    boolean sqliteDatabase,
    List<DatastoreUse> uses,
    List<Credential> credentials,
    List<TlsSetting> tlsSettings,
    ComposeFile compose,
    List<DotenvEntry> dotenv,
    PyModule python,
    DockerfileInfo dockerfile,
    WorkflowInfo workflow,
    InfrastructureInfo infrastructure,
    String specRuntime,
    List<SecretSetting> secretSettings,
    List<String> prismaVariables,
    List<DeployedDatastore> datastores,
    List<MysqlRoutine> mysqlRoutines,
    List<Service> workloads,
    ConfigDbHost configDbHost,
    List<InlineSuppression> suppressions,
    List<Diagnostic> diagnostics) {

  public FileFacts {
    uses = List.copyOf(uses);
    credentials = List.copyOf(credentials);
    tlsSettings = List.copyOf(tlsSettings);
    dotenv = dotenv == null ? null : List.copyOf(dotenv);
    workloads = List.copyOf(workloads);
    secretSettings = List.copyOf(secretSettings);
    prismaVariables = List.copyOf(prismaVariables);
    datastores = List.copyOf(datastores);
    mysqlRoutines = List.copyOf(mysqlRoutines);
    suppressions = List.copyOf(suppressions);
    diagnostics = List.copyOf(diagnostics);
  }
}
