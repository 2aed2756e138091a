package dev.ssotguard.probe;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.formats.pgpass.PgpassLine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the probe may take a password from, in order: a named environment variable, a file ({@code
 * --password-file}, like the images' {@code *_FILE}), the client's own variable ({@code
 * PGPASSWORD}, {@code MYSQL_PWD}), then libpq's password file ({@code PGPASSFILE} or {@code
 * ~/.pgpass}). Never the scanned repository.
 *
 * <p>A password is bound to hosts: the first three sources serve only hosts the operator named
 * ({@code --target} URLs and {@code --password-host}), never a host a scanned repository chose; a
 * password file's line serves the host it names, as libpq's does.
 */
public final class Passwords {
  /** The largest password file read; a password is far shorter. */
  static final int MAX_FILE_BYTES = 64 * 1024;

  private final Map<String, String> environment;
  private final String variable;
  private final Path file;
  private final Path home;
  private final Set<String> namedHosts;

  /**
   * @param variable the --password-env name, or null
   * @param file the --password-file, or null
   * @param namedHosts the hosts the operator named, which the environment and file passwords may go
   *     to (compared without case)
   */
  public Passwords(
      Map<String, String> environment,
      String variable,
      Path file,
      Path home,
      Collection<String> namedHosts) {
    this.environment = Map.copyOf(environment);
    this.variable = variable;
    this.file = file;
    this.home = home;
    this.namedHosts =
        namedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  /** The password for this login, or empty to connect without one. */
  public Optional<String> forLogin(Engine engine, String host, int port, String db, String user)
      throws IOException {
    if (namedHosts.contains(host.toLowerCase(Locale.ROOT))) {
      if (variable != null) {
        return nonEmpty(environment.get(variable));
      }
      if (file != null) {
        return nonEmpty(
            new String(readCapped(file, MAX_FILE_BYTES), StandardCharsets.UTF_8).strip());
      }
      Optional<String> own = nonEmpty(environment.get(ownVariable(engine)));
      if (own.isPresent()) {
        return own;
      }
    }
    return engine == Engine.POSTGRESQL
        ? fromPgpass(host, port, db, user, namedHosts.contains(host.toLowerCase(Locale.ROOT)))
        : Optional.empty();
  }

  /**
   * Which source's password was held back from a host the operator did not name, or empty when none
   * was: told to the operator so a failed login is not a mystery.
   */
  public Optional<String> withheldFrom(Engine engine, String host) {
    if (namedHosts.contains(host.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (variable != null) {
      return environment.containsKey(variable) ? Optional.of(variable) : Optional.empty();
    }
    if (file != null) {
      return Optional.of("--password-file");
    }
    return nonEmpty(environment.get(ownVariable(engine))).map(v -> ownVariable(engine));
  }

  private static String ownVariable(Engine engine) {
    return engine == Engine.POSTGRESQL ? "PGPASSWORD" : "MYSQL_PWD";
  }

  /** Reads a regular file, failing with the limit named when it is larger. */
  static byte[] readCapped(Path path, int limit) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new IOException(path + " is not a regular file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] content = in.readNBytes(limit);
      if (in.read() >= 0) {
        throw new IOException(path + " is larger than " + limit + " bytes");
      }
      return content;
    }
  }

  /**
   * @param named whether the operator named the host; if not, a line must name it too (a {@code *}
   *     host line is no binding to a host a repository chose)
   */
  private Optional<String> fromPgpass(String host, int port, String db, String user, boolean named)
      throws IOException {
    String configured = environment.get("PGPASSFILE");
    Path pgpass = configured != null ? Path.of(configured) : home.resolve(".pgpass");
    if (!Files.isRegularFile(pgpass)) {
      return Optional.empty();
    }
    List<String> lines =
        new String(readCapped(pgpass, 1 << 20), StandardCharsets.UTF_8).lines().toList();
    for (String line : lines) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      List<String> fields = PgpassLine.split(line.strip());
      if (PgpassLine.matches(fields, host, port, db, user)
          && (named || !fields.get(0).equals("*"))) {
        return nonEmpty(fields.get(4));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> nonEmpty(String s) {
    return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
