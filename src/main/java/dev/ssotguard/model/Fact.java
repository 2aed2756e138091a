package dev.ssotguard.model;

/**
 * One thing the scan established about the repository: a service, a connection, a credential, a SQL
 * file, a line a tool's rule judged. The model is a set of facts, read by type ({@link Facts#of});
 * a new kind of fact is a record here and a line in this list, and the rules that need it read it
 * without any other type changing.
 */
public sealed interface Fact
    permits Service,
        Connection,
        DeployedDatastore,
        MysqlRoutine,
        TransactionPool,
        ManagedCluster,
        DatabaseFirewall,
        MetadataStore,
        DatastoreUse,
        Credential,
        TlsSetting,
        SqliteDatabaseFile,
        SqlFile,
        ToolJudgedValue,
        Diagnostic,
        InlineSuppression,
        CiPipeline,
        DatabaseHostSetting,
        OtherEngineFile {}
