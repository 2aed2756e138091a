package dev.ssotguard.extract;

/**
 * What one file says that the resolvers read to build the model, before it is a model fact: the
 * compose file it is, its dotenv entries, a Python config module, a Dockerfile's base images, a
 * workflow's jobs, Terraform's infrastructure, an app spec's runtime, settings filled from secrets,
 * the variables a Prisma schema reads, an Odoo config's database host. Extractors add them; {@link
 * FileFacts} reads them by type.
 */
public sealed interface SourceFact
    permits ComposeFile,
        DotenvFile,
        PythonSettings,
        DockerfileInfo,
        WorkflowInfo,
        InfrastructureInfo,
        AppSpecRuntime,
        SecretSetting,
        PrismaVariable,
        ConfigDbHost,
        FunctionPaths {}
