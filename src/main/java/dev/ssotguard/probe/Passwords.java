package dev.ssotguard.probe;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.formats.pgpass.PgpassLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the probe may take a password from, in order: a named environment variable, a file ({@code
 * --password-file}, like the images' {@code *_FILE}), the client's own variable ({@code
 * PGPASSWORD}, {@code MYSQL_PWD}), then libpq's password file ({@code PGPASSFILE} or {@code
 * ~/.pgpass}). Never the scanned repository.
 */
public final class Passwords {
  private final Map<String, String> environment;
  private final String variable;
  private final Path file;
  private final Path home;

  /**
   * @param variable the --password-env name, or null
   * @param file the --password-file, or null
   */
  public Passwords(Map<String, String> environment, String variable, Path file, Path home) {
    this.environment = Map.copyOf(environment);
    this.variable = variable;
    this.file = file;
    this.home = home;
  }

  /** The password for this login, or empty to connect without one. */
  public Optional<String> forLogin(Engine engine, String host, int port, String db, String user)
      throws IOException {
    if (variable != null) {
      return nonEmpty(environment.get(variable));
    }
    if (file != null) {
      return nonEmpty(Files.readString(file, StandardCharsets.UTF_8).strip());
    }
    Optional<String> own =
        nonEmpty(environment.get(engine == Engine.POSTGRESQL ? "PGPASSWORD" : "MYSQL_PWD"));
    if (own.isPresent() || engine != Engine.POSTGRESQL) {
      return own;
    }
    String configured = environment.get("PGPASSFILE");
    Path pgpass = configured != null ? Path.of(configured) : home.resolve(".pgpass");
    if (!Files.isRegularFile(pgpass)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pgpass, StandardCharsets.UTF_8);
    for (String line : lines) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      List<String> fields = PgpassLine.split(line.strip());
      if (PgpassLine.matches(fields, host, port, db, user)) {
        return nonEmpty(fields.get(4));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> nonEmpty(String s) {
    return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
