package dev.ssotguard.scan;

import dev.ssotguard.extract.ExtractorRegistry;
import dev.ssotguard.knowledge.Runtimes;
import dev.ssotguard.resolve.ChangeScope;
import dev.ssotguard.resolve.Extraction;
import dev.ssotguard.workspace.GitChanges;
import dev.ssotguard.workspace.SourceFile;
import dev.ssotguard.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * PR mode of a scan ({@code --changed-since REF}): the commit and the index are read on their own
 * thread while the walk runs (the walk waits on the file system, this on the CPU), then compared
 * with the walk to give the {@link ChangeScope}.
 */
final class ChangedSince {
  private final String ref;
  private final CompletableFuture<GitChanges.Base> base = new CompletableFuture<>();

  private ChangedSince(Path root, String ref) {
    this.ref = ref;
    Thread t =
        new Thread(
            () -> {
              try {
                base.complete(GitChanges.base(root, ref));
              } catch (GitChanges.ChangesException | RuntimeException e) {
                base.completeExceptionally(e);
              }
            },
            "ssot-git");
    t.setDaemon(true);
    t.start();
  }

  static ChangedSince start(Path root, String ref) {
    return new ChangedSince(root, ref);
  }

  /**
   * What to read while walking: only context files, since which files changed is known only once
   * the walk is complete.
   */
  static Consumer<SourceFile> earlyReads(Extraction extraction, ExtractorRegistry extractors) {
    return f -> {
      if (ChangeScope.isContext(f, extractors)) {
        extraction.submit(f);
      }
    };
  }

  /** What a PR-mode scan reports ({@code scope}) and reads ({@code toRead}, in path order). */
  record Plan(ChangeScope scope, List<SourceFile> toRead) {}

  /** The plan for the walked files, with a summary for the operator. */
  Plan plan(
      Workspace workspace, ExtractorRegistry extractors, Runtimes runtimes, ScanListener listener)
      throws ScanException {
    GitChanges.Changes changes;
    try {
      changes = base.join().changes(workspace);
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      throw new ScanException(
          "ssot: --changed-since: "
              + (cause instanceof GitChanges.ChangesException
                  ? cause.getMessage()
                  : "cannot compare with " + ref + " (" + cause.getClass().getSimpleName() + ")"));
    }
    ChangeScope scope = ChangeScope.of(workspace, changes.changed(), changes.deleted(), extractors);
    List<SourceFile> toRead = scope.toRead(workspace, runtimes);
    listener.say(
        String.format(
            Locale.ROOT,
            "ssot: %d file(s) changed and %d deleted since %s (%s)%s; reading %,d of %,d files",
            changes.changed().size(),
            changes.deleted().size(),
            ref,
            changes.commit().substring(0, 12),
            scope.everything() ? ", the policy among them: every finding counts" : "",
            toRead.size(),
            workspace.files().size()));
    return new Plan(scope, toRead);
  }
}
