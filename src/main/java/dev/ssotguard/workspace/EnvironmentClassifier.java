package dev.ssotguard.workspace;

import dev.ssotguard.model.Environment;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The default name rules of DESIGN.md that tell test and development files from production. */
public final class EnvironmentClassifier {
  private static final Set<String> TEST_SEGMENTS =
      Set.of("test", "tests", "__tests__", "spec", "specs", "testdata", "fixtures");
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
          "template",
          "templates",
          "demo");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");

  private EnvironmentClassifier() {}

  public static Environment classify(String relativePath) {
    String path = relativePath.toLowerCase(Locale.ROOT);
    String[] segments = path.split("/", -1);
    String name = segments[segments.length - 1];
    for (int i = 0; i < segments.length - 1; i++) {
      if (TEST_SEGMENTS.contains(segments[i])) {
        return Environment.TEST;
      }
    }
    if (path.startsWith("src/test/") || path.contains("/src/test/") || isTestFileName(name)) {
      return Environment.TEST;
    }
    if (name.equals("docker-compose.override.yml")
        || name.equals("docker-compose.override.yaml")
        || name.equals(".env.example")
        || name.equals(".env.local")
        || name.startsWith(".env.dev")) {
      return Environment.DEVELOPMENT;
    }
    for (String segment : segments) {
      for (String token : TOKEN_SPLIT.split(segment, -1)) {
        if (DEV_TOKENS.contains(token)) {
          return Environment.DEVELOPMENT;
        }
      }
    }
    return Environment.PRODUCTION;
  }

  private static boolean isTestFileName(String name) {
    int dot = name.indexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    return stem.endsWith("_test")
        || (name.startsWith("test_") && name.endsWith(".py"))
        || name.contains(".test.")
        || name.contains(".spec.")
        || name.equals("conftest.py");
  }
}
