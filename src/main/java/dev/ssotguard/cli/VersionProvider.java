package dev.ssotguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The version from the jar manifest ("dev" when run from classes) and the commit the build recorded
 * (dev/ssotguard/build-commit.txt; "unknown" when it was built outside a git checkout).
 */
public final class VersionProvider implements CommandLine.IVersionProvider {
  public static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  static String commit() {
    try (InputStream in = Main.class.getResourceAsStream("/dev/ssotguard/build-commit.txt")) {
      if (in == null) {
        return "unknown";
      }
      String c = new String(in.readNBytes(64), StandardCharsets.UTF_8).trim();
      return c.matches("[0-9a-f]{7,40}") ? c : "unknown";
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "ssot-guard " + version() + " (commit " + commit() + ")",
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
