package dev.ssotguard.resolve;

import dev.ssotguard.extract.FileContent;
import dev.ssotguard.extract.FileFacts;
import dev.ssotguard.formats.dotenv.DotenvEntry;
import dev.ssotguard.formats.dotenv.DotenvParser;
import dev.ssotguard.formats.python.PyModule;
import dev.ssotguard.formats.python.PythonAssignments;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files the resolver needs by path: from the scan's facts, or read on demand when the walker left
 * them out (a git-ignored {@code .env} still feeds Compose). Reads stay inside the root and never
 * follow links.
 */
final class ProjectFiles {
  private final Path root;
  private final Map<String, FileFacts> facts;
  private final long maxBytes;
  private final Map<String, Optional<List<DotenvEntry>>> dotenvCache = new ConcurrentHashMap<>();
  private final Map<String, Optional<PyModule>> pythonCache = new ConcurrentHashMap<>();

  ProjectFiles(Path root, Map<String, FileFacts> facts, long maxBytes) {
    this.root = root;
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
    return facts.containsKey(path)
        || (inside(path) && Files.isRegularFile(root.resolve(path), LinkOption.NOFOLLOW_LINKS));
  }

  private Optional<String> readText(String path) {
    if (!inside(path)) {
      return Optional.empty();
    }
    Path p = root.resolve(path);
    try {
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      return Optional.ofNullable(FileContent.read(p, Files.size(p), maxBytes).decode().text());
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private boolean inside(String path) {
    return !path.isEmpty()
        && !path.startsWith("/")
        && !path.startsWith("../")
        && !path.equals("..");
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
