package dev.ssotguard.server;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ssot server}: serves the organisation view until stopped. */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    versionProvider = ServerVersion.class,
    subcommands = {TokenCommand.class},
    description = "Gather uploaded reports in PostgreSQL and serve the organisation's view.")
final class ServerCommand implements Callable<Integer> {
  /** A seeded token becomes the login cookie's value: no character that would end or split it. */
  private static final Pattern SEED = Pattern.compile("[A-Za-z0-9._~-]{24,512}");

  private final Map<String, String> env;

  @CommandLine.Mixin DatabaseOptions database = new DatabaseOptions();

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: 8080).")
  int port = 8080;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: 127.0.0.1; 0.0.0.0 for every interface).")
  String bind = "127.0.0.1";

  @Option(
      names = "--public-read",
      description = "Serve pages and the read API without a token (behind an SSO proxy).")
  boolean publicRead;

  @Option(
      names = "--max-upload",
      paramLabel = "BYTES",
      description = "Largest upload accepted (default: 16777216).")
  long maxUpload = 16L * 1024 * 1024;

  @Option(
      names = "--pool-size",
      paramLabel = "N",
      description = "Database connections this process keeps (default: 10).")
  int poolSize = 10;

  ServerCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535 || maxUpload < 1024 || poolSize < 1 || poolSize > 200) {
      throw new IllegalArgumentException(
          "--port must be 0-65535, --max-upload at least 1024, --pool-size 1-200");
    }
    DatabaseTarget target = database.target(env);
    String seed = env.get("SSOT_SERVER_TOKEN");
    if (seed != null && !seed.isBlank() && !SEED.matcher(seed.strip()).matches()) {
      throw new IllegalArgumentException(
          "SSOT_SERVER_TOKEN must be 24 to 512 letters, digits, '.', '_', '~' or '-'"
              + " (e.g. openssl rand -hex 32)");
    }
    Database db = Database.open(target, poolSize);
    if (seed != null && !seed.isBlank()) {
      new Tokens(db.source()).seed(seed.strip());
    }
    Javalin app =
        new WebApp(
                db,
                publicRead,
                new UploadLimits(maxUpload, UploadLimits.DEFAULT_SLOT_WAIT),
                Clock.systemUTC())
            .create(bind, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  try {
                    db.close();
                  } catch (java.io.IOException e) {
                    // exiting anyway
                  }
                  stopped.countDown();
                }));
    try {
      app.start();
    } catch (JavalinBindException e) {
      app.stop();
      db.close();
      throw new IllegalArgumentException(
          "cannot listen on "
              + bind
              + ":"
              + port
              + " (in use, or not this machine's). Fix: --port"
              + " or --bind",
          e);
    }
    System.err.println(
        "ssot server: listening on http://"
            + bind
            + ":"
            + app.port()
            + " ("
            + target.describe()
            + ")");
    stopped.await();
    return 0;
  }
}
