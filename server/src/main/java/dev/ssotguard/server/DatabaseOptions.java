package dev.ssotguard.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the data lives, for the server and for token management alike. */
final class DatabaseOptions {
  @Option(
      names = "--database-url",
      paramLabel = "URL",
      description =
          "PostgreSQL to keep the data in: postgresql://USER@HOST:PORT/DB or"
              + " jdbc:postgresql://... (default: $SSOT_DATABASE_URL, else an embedded PostgreSQL"
              + " under --data-dir). The password: in the URL or in $SSOT_DATABASE_PASSWORD.")
  String databaseUrl;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Where the embedded PostgreSQL keeps its data across restarts (default: $SSOT_DATA_DIR,"
              + " else ./ssot-server-data).")
  Path dataDir;

  DatabaseTarget target(Map<String, String> env) {
    String url = databaseUrl != null ? databaseUrl : env.get("SSOT_DATABASE_URL");
    if (url != null && !url.isBlank()) {
      return DatabaseTarget.of(url, Optional.ofNullable(env.get("SSOT_DATABASE_PASSWORD")));
    }
    Path dir = dataDir;
    if (dir == null) {
      String fromEnv = env.get("SSOT_DATA_DIR");
      dir = Path.of(fromEnv == null || fromEnv.isBlank() ? "ssot-server-data" : fromEnv);
    }
    return DatabaseTarget.embedded(dir.toAbsolutePath().normalize());
  }
}
