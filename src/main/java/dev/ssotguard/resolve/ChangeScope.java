package dev.ssotguard.resolve;

import dev.ssotguard.extract.ExtractorRegistry;
import dev.ssotguard.extract.FileKind;
import dev.ssotguard.knowledge.Runtimes;
import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Related;
import dev.ssotguard.policy.PolicyLoader;
import dev.ssotguard.workspace.SourceFile;
import dev.ssotguard.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a scan of changed files reads and reports. It reads the changed files and every file whose
 * facts other files' verdicts depend on — YAML (compose, workflows, Kubernetes, deploy specs),
 * {@code .env} files, Dockerfiles, Terraform, INI configs, SQL, Prisma schemas, pgpass files: the
 * context kinds, few in a monorepo — and the app folder of a changed runtime marker; code,
 * documentation and other text is read only when it changed (a config a compose file mounts and the
 * scripts a droplet's {@code user_data} runs are read on demand, as in a full scan). It reports the
 * findings located in a changed file or pointing at one, which are exactly those a full scan
 * reports for them.
 *
 * <p>A deleted file can change the verdict on the files beside it, so they count as changed; a
 * deleted Terraform file counts every Terraform file; a changed policy file counts everything.
 */
public final class ChangeScope {
  private final Set<String> changed;
  private final boolean everything;
  private final ExtractorRegistry extractors;

  private ChangeScope(Set<String> changed, boolean everything, ExtractorRegistry extractors) {
    this.changed = Set.copyOf(changed);
    this.everything = everything;
    this.extractors = extractors;
  }

  /**
   * The scope of a change: what it reads and reports.
   *
   * @param changed root-relative paths of the files added or modified
   * @param deleted root-relative paths of the files removed
   */
  public static ChangeScope of(
      Workspace workspace, Set<String> changed, Set<String> deleted, ExtractorRegistry extractors) {
    Set<String> counted = new HashSet<>(changed);
    Set<String> deletedFolders = new HashSet<>();
    boolean deletedTerraform = false;
    for (String d : deleted) {
      int slash = d.lastIndexOf('/');
      deletedFolders.add(slash < 0 ? "" : d.substring(0, slash));
      deletedTerraform |= FileKind.of(d.substring(slash + 1)) == FileKind.TERRAFORM;
    }
    for (SourceFile f : workspace.files()) {
      if (deletedFolders.contains(f.directory())
          || (deletedTerraform && FileKind.of(f.name()) == FileKind.TERRAFORM)) {
        counted.add(f.path());
      }
    }
    boolean policy =
        changed.contains(PolicyLoader.FILE_NAME) || deleted.contains(PolicyLoader.FILE_NAME);
    return new ChangeScope(counted, policy, extractors);
  }

  /**
   * Whether other files' verdicts may depend on this file's facts: its kind is context to one of
   * its extractors.
   */
  public static boolean isContext(SourceFile file, ExtractorRegistry extractors) {
    return extractors.isContext(FileKind.of(file.name()));
  }

  /** Every file counts: the policy changed. */
  public boolean everything() {
    return everything;
  }

  public Set<String> changed() {
    return changed;
  }

  /**
   * The files to read, in path order: the changed ones, the context, and every file of an app
   * folder whose runtime marker ({@code vercel.json}, {@code Procfile}, ...) changed, since the
   * marker decides the runtime of every connection in the folder.
   */
  public List<SourceFile> toRead(Workspace workspace, Runtimes runtimes) {
    if (everything) {
      return workspace.files();
    }
    Set<String> appFolders = new HashSet<>();
    for (SourceFile f : workspace.files()) {
      String folder =
          changed.contains(f.path()) ? ConnectionBuilder.markedAppFolder(f, runtimes) : null;
      if (folder != null) {
        appFolders.add(folder.isEmpty() ? "" : folder + "/");
      }
    }
    List<SourceFile> out = new ArrayList<>();
    for (SourceFile f : workspace.files()) {
      // Runtime markers are read too: a vercel.json's functions decide which files of its folder
      // run on Vercel, whether or not it changed.
      boolean marker = !runtimes.markersNamed(f.name()).isEmpty();
      if (changed.contains(f.path())
          || isContext(f, extractors)
          || inAny(f.path(), appFolders)
          || marker) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean inAny(String path, Set<String> folders) {
    for (String folder : folders) {
      if (path.startsWith(folder)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a finding is one of the changed files': located in one, or pointing at one. */
  public boolean reports(Finding finding) {
    if (everything || changed.contains(finding.location().path())) {
      return true;
    }
    for (Related r : finding.related()) {
      if (changed.contains(r.location().path())) {
        return true;
      }
    }
    return false;
  }
}
