package dev.ssotguard.resolve;

import dev.ssotguard.extract.FileContent;
import dev.ssotguard.extract.FileFacts;
import dev.ssotguard.formats.dotenv.DotenvEntry;
import dev.ssotguard.formats.dotenv.DotenvParser;
import dev.ssotguard.formats.python.PyModule;
import dev.ssotguard.formats.python.PythonAssignments;
import dev.ssotguard.workspace.InsideRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files the resolver needs by path: from the scan's facts, or read on demand when the walker left
 * them out (a git-ignored {@code .env} still feeds Compose). Reads stay inside the root's real path
 * (a folder symlink out of it leads nowhere) and never follow a link to the file itself.
 */
final class ProjectFiles {
  private final InsideRoot inside;
  private final Map<String, FileFacts> facts;
  private final long maxBytes;
  private final Map<String, Optional<List<DotenvEntry>>> dotenvCache = new ConcurrentHashMap<>();
  private final Map<String, Optional<PyModule>> pythonCache = new ConcurrentHashMap<>();

  ProjectFiles(Path root, Map<String, FileFacts> facts, long maxBytes) {
    this.inside = new InsideRoot(root);
    this.facts = facts;
    this.maxBytes = maxBytes;
  }

  Optional<FileFacts> facts(String path) {
    return Optional.ofNullable(facts.get(path));
  }

  Optional<List<DotenvEntry>> dotenv(String path) {
    return dotenvCache.computeIfAbsent(
        path,
        p -> {
          FileFacts f = facts.get(p);
          if (f != null && f.dotenv() != null) {
            return Optional.of(f.dotenv());
          }
          return readText(p).map(DotenvParser::parse);
        });
  }

  Optional<PyModule> python(String path) {
    return pythonCache.computeIfAbsent(
        path,
        p -> {
          FileFacts f = facts.get(p);
          if (f != null && f.python() != null) {
            return Optional.of(f.python());
          }
          return readText(p).map(PythonAssignments::parse);
        });
  }

  boolean exists(String path) {
    return facts.containsKey(path) || inside.regularFile(path).isPresent();
  }

  /** Reads a file the walk did not list, only when its real path is under the root's. */
  private Optional<String> readText(String path) {
    Optional<Path> file = inside.regularFile(path);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      Path p = file.get();
      return Optional.ofNullable(FileContent.read(p, Files.size(p), maxBytes).decode().text());
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Joins a folder and a relative path the way a shell would, normalised, root-relative. */
  static String join(String dir, String relative) {
    String joined =
        relative.startsWith("/") ? relative : (dir.isEmpty() ? relative : dir + "/" + relative);
    Path normal = Path.of(joined).normalize();
    String s = normal.toString().replace('\\', '/');
    return s.equals(".") ? "" : s;
  }
}
