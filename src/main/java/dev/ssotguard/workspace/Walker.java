package dev.ssotguard.workspace;

import dev.ssotguard.model.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Lists the files of a tree the way git sees them: {@code .gitignore} files (nested, negations) and
 * {@code .git/info/exclude} are honoured, tracked files are always included, hidden files are
 * included, {@code .git} and vendored folders are skipped, and symbolic links are never followed.
 */
public final class Walker {
  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of(
          ".git", "node_modules", "vendor", ".venv", "target", "dist", ".terraform", "__pycache__");

  /** The largest ignore file read; git has no limit, a hostile repository must not get none. */
  static final int MAX_IGNORE_FILE_BYTES = 1 << 20;

  private final List<ExcludePattern> excludes;
  private final Function<String, Optional<Environment>> environmentRules;

  /**
   * @param excludeGlobs {@code --exclude} patterns, as in {@code .gitignore}, from the scan root
   */
  public Walker(List<ExcludePattern> excludeGlobs) {
    this(excludeGlobs, path -> Optional.empty());
  }

  /**
   * @param environmentRules the policy's environment for a path, overriding the default name rules
   */
  public Walker(
      List<ExcludePattern> excludeGlobs, Function<String, Optional<Environment>> environmentRules) {
    this.environmentRules = environmentRules;
    this.excludes = List.copyOf(excludeGlobs);
  }

  /** One .gitignore in force, attached to the folder it lies in (relative to the git top). */
  private record Ignore(String base, IgnoreFile node, Ignore parent) {}

  /**
   * A folder still to list, with the ignore files in force there.
   *
   * @param ignored whether the folder itself is ignored (entered only for the tracked files it
   *     holds): git never re-includes an untracked file below an ignored folder
   */
  private record Pending(
      Path dir, String relative, Ignore ignores, Environment environment, boolean ignored) {}

  public Workspace walk(Path rootPath) throws IOException {
    return walk(rootPath, file -> {});
  }

  /**
   * Walks the tree below {@code rootPath}.
   *
   * @param onFile told of each file as soon as it is found (from this thread), so that reading can
   *     start while the walk goes on
   */
  public Workspace walk(Path rootPath, Consumer<SourceFile> onFile) throws IOException {
    Path root = rootPath.toAbsolutePath().normalize();
    GitWorkTree.Lookup lookup = GitWorkTree.find(root);
    Optional<GitWorkTree> git = lookup.tree();
    Walk walk = new Walk(git, onFile);
    walk.skipped.addAll(lookup.notes());
    walk.pending.push(new Pending(root, "", walk.rootIgnores(), null, false));
    while (!walk.pending.isEmpty()) {
      walk.folder(walk.pending.pop());
    }
    walk.files.sort(Comparator.comparing(SourceFile::path));
    return new Workspace(root, walk.files, git.isPresent(), walk.skipped);
  }

  /**
   * The state of one walk. The work is split into one call per folder and one per entry: a single
   * long loop would run interpreted, since it is entered once and its back edges rarely reach the
   * just-in-time compiler's threshold in a short run.
   */
  private final class Walk {
    final Optional<GitWorkTree> git;
    final Consumer<SourceFile> onFile;
    final String prefix;
    final Set<String> tracked;
    final boolean allTracked;
    final Set<String> trackedDirs = new HashSet<>();
    final List<SourceFile> files = new ArrayList<>();
    final List<Workspace.Skipped> skipped = new ArrayList<>();
    final Deque<Pending> pending = new ArrayDeque<>();

    Walk(Optional<GitWorkTree> git, Consumer<SourceFile> onFile) {
      this.git = git;
      this.onFile = onFile;
      this.prefix = git.map(GitWorkTree::rootPrefix).orElse("");
      this.allTracked = git.isEmpty() || git.get().allTracked();
      this.tracked = allTracked ? Set.of() : git.get().trackedUnderRoot();
      for (String t : tracked) {
        for (int slash = t.indexOf('/'); slash >= 0; slash = t.indexOf('/', slash + 1)) {
          trackedDirs.add(t.substring(0, slash));
        }
      }
    }

    /** The ignore files in force at the scan root: info/exclude and those of its ancestors. */
    Ignore rootIgnores() {
      if (git.isEmpty()) {
        return null;
      }
      Ignore ignores =
          load(git.get().gitDir().resolve("info").resolve("exclude"), "", null, skipped, null);
      String[] parts =
          prefix.isEmpty() ? new String[0] : prefix.substring(0, prefix.length() - 1).split("/");
      Path dir = git.get().top();
      StringBuilder base = new StringBuilder();
      if (parts.length > 0) {
        ignores = load(dir.resolve(".gitignore"), "", ignores, skipped, null);
      }
      for (int i = 0; i < parts.length - 1; i++) {
        dir = dir.resolve(parts[i]);
        base.append(parts[i]).append('/');
        ignores = load(dir.resolve(".gitignore"), base.toString(), ignores, skipped, null);
      }
      return ignores;
    }

    void folder(Pending p) {
      // java.io's list reads a folder in one native call; the NIO directory stream makes one per
      // entry and builds a path for each, which costs about twice as much on a cold JVM.
      String[] listed;
      try {
        listed = p.dir().toFile().list();
      } catch (SecurityException e) {
        listed = null;
      }
      if (listed == null) {
        skipped.add(
            new Workspace.Skipped(
                p.relative().isEmpty() ? "." : p.relative(), "folder could not be listed"));
        return;
      }
      List<String> children = new ArrayList<>(Arrays.asList(listed));
      boolean hasIgnoreFile = children.contains(".gitignore");
      String base = p.relative().isEmpty() ? prefix : prefix + p.relative() + "/";
      // Probing for a .gitignore that is not there costs an exception per folder; the listing
      // already says whether it is.
      Ignore here =
          hasIgnoreFile
              ? load(
                  p.dir().resolve(".gitignore"),
                  base,
                  p.ignores(),
                  skipped,
                  p.relative().isEmpty() ? ".gitignore" : p.relative() + "/.gitignore")
              : p.ignores();
      Collections.sort(children);
      // A Helm chart's templates/ folder holds what gets deployed: "templates" is no dev marker
      // there.
      boolean helmChart = Collections.binarySearch(children, "Chart.yaml") >= 0;
      for (int i = children.size() - 1; i >= 0; i--) {
        entry(p, here, helmChart, children.get(i));
      }
    }

    void entry(Pending p, Ignore here, boolean helmChart, String name) {
      Path child = p.dir().resolve(name);
      String rel = p.relative().isEmpty() ? name : p.relative() + "/" + name;
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException | SecurityException e) {
        skipped.add(new Workspace.Skipped(rel, "could not be read"));
        return;
      }
      if (attrs.isSymbolicLink() || excluded(rel, attrs.isDirectory())) {
        return;
      }
      boolean isTracked = tracked.contains(rel);
      if (attrs.isDirectory()) {
        boolean ignored = p.ignored() || isIgnored(here, prefix + rel, true);
        if (SKIPPED_DIRECTORIES.contains(name) || (ignored && !trackedDirs.contains(rel))) {
          return;
        }
        Environment folder =
            helmChart && name.equals("templates")
                ? p.environment()
                : EnvironmentClassifier.ofFolder(rel);
        pending.push(new Pending(child, rel, here, folder, ignored));
      } else if (attrs.isRegularFile()) {
        if (!isTracked && (p.ignored() || isIgnored(here, prefix + rel, false))) {
          return;
        }
        SourceFile file =
            new SourceFile(
                rel,
                child,
                attrs.size(),
                allTracked || isTracked,
                environmentRules
                    .apply(rel)
                    .orElseGet(() -> EnvironmentClassifier.classify(p.environment(), name)),
                attrs.lastModifiedTime().toInstant());
        files.add(file);
        onFile.accept(file);
      }
    }
  }

  private boolean excluded(String rel, boolean directory) {
    for (ExcludePattern e : excludes) {
      if (e.matches(rel, directory)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIgnored(Ignore ignores, String topRelative, boolean directory) {
    for (Ignore i = ignores; i != null; i = i.parent()) {
      if (!topRelative.startsWith(i.base())) {
        continue;
      }
      Boolean verdict = i.node().ignored(topRelative.substring(i.base().length()), directory);
      if (verdict != null) {
        return verdict;
      }
    }
    return false;
  }

  /**
   * Reads an ignore file, at most {@link #MAX_IGNORE_FILE_BYTES} of it; a longer one is noted
   * (under {@code shown}, the path reported, when the file lies in the scan).
   */
  private static Ignore load(
      Path file, String base, Ignore parent, List<Workspace.Skipped> skipped, String shown) {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return parent;
    }
    byte[] content;
    boolean cut;
    try (InputStream in = Files.newInputStream(file)) {
      content = in.readNBytes(MAX_IGNORE_FILE_BYTES);
      cut = in.read() >= 0;
    } catch (IOException | RuntimeException e) {
      return parent;
    }
    if (cut) {
      int lastLine = lastNewline(content);
      content = java.util.Arrays.copyOf(content, lastLine + 1);
      skipped.add(
          new Workspace.Skipped(
              shown == null ? file.getFileName().toString() : shown,
              "ignore file larger than "
                  + (MAX_IGNORE_FILE_BYTES >> 20)
                  + " MiB: only the patterns in its first MiB apply"));
    }
    return new Ignore(base, IgnoreFile.parse(content), parent);
  }

  private static int lastNewline(byte[] content) {
    for (int i = content.length - 1; i >= 0; i--) {
      if (content[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
