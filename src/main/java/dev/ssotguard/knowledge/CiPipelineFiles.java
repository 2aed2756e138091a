package dev.ssotguard.knowledge;

import java.util.List;
import java.util.Locale;

/**
 * Where a CI system keeps its pipeline files (knowledge/runtimes.yaml {@code ci_pipelines}).
 *
 * @param folder a folder whose YAML files (directly inside) are pipelines, or null
 * @param names file names that are pipelines wherever they lie
 */
public record CiPipelineFiles(String system, String folder, List<String> names) {
  public CiPipelineFiles {
    names = List.copyOf(names);
  }

  /** Whether the file at this relative path is one of this system's pipelines. */
  public boolean matches(String path) {
    int slash = path.lastIndexOf('/');
    String name = path.substring(slash + 1);
    if (names.contains(name)) {
      return true;
    }
    if (folder == null || slash < 0 || !path.substring(0, slash).equals(folder)) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yml") || lower.endsWith(".yaml");
  }
}
