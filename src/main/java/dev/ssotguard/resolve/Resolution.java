package dev.ssotguard.resolve;

import dev.ssotguard.extract.FileFacts;
import dev.ssotguard.knowledge.Knowledge;
import dev.ssotguard.policy.Policy;
import dev.ssotguard.workspace.Workspace;
import java.util.List;

/**
 * What every resolver reads: the workspace (every file by name and path), the facts of the files
 * read, in path order, with lookups by path, and the knowledge and policy in force.
 */
record Resolution(
    Workspace workspace,
    List<FileFacts> files,
    ProjectFiles projectFiles,
    Knowledge knowledge,
    Policy policy) {}
