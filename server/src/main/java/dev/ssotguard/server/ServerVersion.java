package dev.ssotguard.server;

import picocli.CommandLine;

/** {@code ssot server --version}: the server jar's version and the Java running it. */
final class ServerVersion implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = ServerVersion.class.getPackage().getImplementationVersion();
    return new String[] {
      "ssot-guard server " + (v == null ? "dev" : v),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
