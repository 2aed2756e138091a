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
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one file contributes to the model; files are read once and independently.
 *
 * @param facts what goes into the model as it is: uses, credentials, TLS settings, managed
 *     databases it declares (Terraform clusters, App Platform databases), MySQL routines,
 *     Kubernetes workloads, its {@code ssot:ignore} comments and its notes
 * @param sourceFacts what the resolvers read to build the model (the compose file it is, its dotenv
 *     entries, ...), in the order the extractors added them
 */
public record FileFacts(
    SourceFile file,
    FileKind kind,
    boolean sqliteDatabase,
    Facts facts,
    List<SourceFact> sourceFacts) {

  public FileFacts {
    sourceFacts = List.copyOf(sourceFacts);
  }

  private <T extends SourceFact> List<T> all(Class<T> type) {
    List<T> found = new ArrayList<>(0);
    for (SourceFact f : sourceFacts) {
      if (type.isInstance(f)) {
        found.add(type.cast(f));
      }
    }
    return found;
  }

  /** The last one of a type (an extractor reading several documents keeps the last), or null. */
  private <T extends SourceFact> T last(Class<T> type) {
    for (int i = sourceFacts.size() - 1; i >= 0; i--) {
      if (type.isInstance(sourceFacts.get(i))) {
        return type.cast(sourceFacts.get(i));
      }
    }
    return null;
  }

  /** The compose file it is, or null. */
  public ComposeFile compose() {
    return last(ComposeFile.class);
  }

  /** Its entries when it is a dotenv file, or null. */
  public List<DotenvEntry> dotenv() {
    DotenvFile d = last(DotenvFile.class);
    return d == null ? null : d.entries();
  }

  /** Its assignments when it is a Python settings file, or null. */
  public PyModule python() {
    PythonSettings p = last(PythonSettings.class);
    return p == null ? null : p.module();
  }

  /** What it builds when it is a Dockerfile, or null. */
  public DockerfileInfo dockerfile() {
    return last(DockerfileInfo.class);
  }

  /** Its jobs and runners when it is a GitHub Actions workflow, or null. */
  public WorkflowInfo workflow() {
    return last(WorkflowInfo.class);
  }

  /** Droplets and connection pools when it is Terraform, or null. */
  public InfrastructureInfo infrastructure() {
    return last(InfrastructureInfo.class);
  }

  /** The runtime an app spec deploys to ("do-app-platform", "render"), or null. */
  public String specRuntime() {
    AppSpecRuntime r = last(AppSpecRuntime.class);
    return r == null ? null : r.runtime();
  }

  /** Database settings whose value is a secret reference. */
  public List<SecretSetting> secretSettings() {
    return all(SecretSetting.class);
  }

  /** Environment variables a Prisma schema reads its URLs from. */
  public List<String> prismaVariables() {
    return all(PrismaVariable.class).stream().map(PrismaVariable::name).toList();
  }

  /** The function paths a deployment config declares, or null when it declares none. */
  public FunctionPaths functionPaths() {
    return last(FunctionPaths.class);
  }

  /** An Odoo-style config's database host, or null. */
  public ConfigDbHost configDbHost() {
    return last(ConfigDbHost.class);
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
