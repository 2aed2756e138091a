package dev.ssotguard.extract;

import dev.ssotguard.formats.dotenv.DotenvEntry;
import dev.ssotguard.formats.python.PyModule;
import dev.ssotguard.model.Credential;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.DeployedDatastore;
import dev.ssotguard.model.Diagnostic;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.InlineSuppression;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.MysqlRoutine;
import dev.ssotguard.model.Service;
import dev.ssotguard.model.TlsSetting;
import dev.ssotguard.workspace.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** Collects the facts of one file while its extractors run; confined to one thread. */
final class FactsBuilder {
  final SourceFile file;
  final FileKind kind;
  final List<DatastoreUse> uses = new ArrayList<>();
  final List<Credential> credentials = new ArrayList<>();
  final List<TlsSetting> tls = new ArrayList<>();
  final List<Diagnostic> diagnostics = new ArrayList<>();
  final List<Service> workloads = new ArrayList<>();
  final List<SecretSetting> secretSettings = new ArrayList<>();
  final List<String> prismaVariables = new ArrayList<>();
  final List<DeployedDatastore> datastores = new ArrayList<>();
  final List<MysqlRoutine> mysqlRoutines = new ArrayList<>();
  final List<InlineSuppression> suppressions = new ArrayList<>();
  boolean sqlite;
  int needles;
  ComposeFile compose;
  List<DotenvEntry> dotenv;
  PyModule python;
  DockerfileInfo dockerfile;
  WorkflowInfo workflow;
  InfrastructureInfo infrastructure;
  String specRuntime;
  ConfigDbHost configDbHost;

  FactsBuilder(SourceFile file, FileKind kind) {
    this.file = file;
    this.kind = kind;
  }

  Location at(int line, int column) {
    return new Location(file.path(), line, column);
  }

  Environment environment() {
    return file.environment();
  }

  void note(int line, int column, String message) {
    diagnostics.add(Diagnostic.badInput(at(line, column), message));
  }

  FileFacts build() {
    return new FileFacts(
        file,
        kind,
        sqlite,
        uses,
        credentials,
        tls,
        compose,
        dotenv,
        python,
        dockerfile,
        workflow,
        infrastructure,
        specRuntime,
        secretSettings,
        prismaVariables,
        datastores,
        mysqlRoutines,
        workloads,
        configDbHost,
        suppressions,
        diagnostics);
  }
}
