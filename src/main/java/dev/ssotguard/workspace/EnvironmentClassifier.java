package dev.ssotguard.workspace;

import dev.ssotguard.model.Environment;
import java.util.Locale;
import java.util.Set;

/** The default name rules of DESIGN.md that tell test and development files from production. */
public final class EnvironmentClassifier {
  private static final Set<String> TEST_SEGMENTS =
      Set.of("test", "tests", "__tests__", "spec", "specs", "testdata", "fixtures");
  // "template(s)" is not among them: a template is what gets deployed — Helm charts' templates/,
  // deployment catalogues, Dokploy's template.toml — so production rules judge it (issue 12).
  private static final Set<String> DEV_TOKENS =
      Set.of(
          "dev",
          "development",
          "local",
          "sandbox",
          "example",
          "examples",
          "sample",
          "samples",
          "demo");
  private static final Set<String> NEGATIONS = Set.of("non", "not", "no");

  private EnvironmentClassifier() {}

  public static Environment classify(String relativePath) {
    int slash = relativePath.lastIndexOf('/');
    String folder = slash < 0 ? "" : relativePath.substring(0, slash);
    return classify(ofFolder(folder), relativePath.substring(slash + 1));
  }

  /**
   * What a folder's path says about every file in it: TEST, DEVELOPMENT, or null when it carries no
   * marker. The walker computes this once per folder.
   */
  public static Environment ofFolder(String folder) {
    if (folder.isEmpty()) {
      return null;
    }
    String path = folder.toLowerCase(Locale.ROOT);
    String[] segments = path.split("/", -1);
    for (String segment : segments) {
      if (TEST_SEGMENTS.contains(segment)) {
        return Environment.TEST;
      }
    }
    if ((path.startsWith("src/test") && (path.length() == 8 || path.charAt(8) == '/'))
        || path.contains("/src/test/")
        || path.endsWith("/src/test")) {
      return Environment.TEST;
    }
    for (String segment : segments) {
      if (hasDevelopmentToken(segment)) {
        return Environment.DEVELOPMENT;
      }
    }
    return null;
  }

  /** A file's environment from its folder's marker (see {@link #ofFolder}) and its own name. */
  public static Environment classify(Environment folder, String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (folder == Environment.TEST || isTestFileName(name) || isCiComposeFile(name)) {
      return Environment.TEST;
    }
    if (folder == Environment.DEVELOPMENT
        || name.equals("docker-compose.override.yml")
        || name.equals("docker-compose.override.yaml")
        || name.equals(".env.example")
        || name.equals(".env.local")
        || name.startsWith(".env.dev")
        || hasDevelopmentToken(name)) {
      return Environment.DEVELOPMENT;
    }
    return Environment.PRODUCTION;
  }

  /**
   * A development token, unless negated: {@code docker-compose-non-dev.yml} is not development.
   * Tokens are the runs of {@code [a-z0-9]}; read by hand, as this runs for every walked file.
   */
  private static boolean hasDevelopmentToken(String segment) {
    String previous = "";
    int n = segment.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      if (i < n && isTokenChar(segment.charAt(i))) {
        continue;
      }
      if (i > start) {
        String token = segment.substring(start, i);
        if (DEV_TOKENS.contains(token) && !NEGATIONS.contains(previous)) {
          return true;
        }
        previous = token;
      }
      start = i + 1;
    }
    return false;
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * A compose file named for CI ({@code docker-compose.ci.yml}, {@code compose-ci.yaml}): the stack
   * a pipeline starts to run tests against, as throwaway as a job's service containers.
   */
  private static boolean isCiComposeFile(String name) {
    if (!(name.startsWith("docker-compose") || name.startsWith("compose"))
        || !(name.endsWith(".yml") || name.endsWith(".yaml"))) {
      return false;
    }
    for (String token : name.split("[^a-z0-9]+", -1)) {
      if (token.equals("ci")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTestFileName(String name) {
    int dot = name.indexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    return stem.endsWith("_test")
        || stem.startsWith("test-")
        || stem.startsWith("test_")
        || (name.startsWith("test_") && name.endsWith(".py"))
        || name.contains(".test.")
        || name.contains(".spec.")
        || name.equals("conftest.py");
  }
}
