package dev.ssotguard.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of the server: read-only pages (jte, precompiled, no script), the JSON API behind
 * each, and the upload endpoint. Holds no state between requests: any number of these share one
 * database behind a load balancer.
 */
public final class WebApp {
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
  private static final Pattern RULE = Pattern.compile("SSOT[0-9]{3}");

  /** No script anywhere; styles from this server only; nothing framed; forms post here only. */
  static final String CSP =
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  private final Database database;
  private final Access access;
  private final UploadReader uploads = new UploadReader();
  private final ScanStore store;
  private final ReadModel read;
  private final JsonOutput json = new JsonOutput();
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private final Clock clock;
  private final long maxUploadBytes;
  private final Duration slotWait;
  private final byte[] css;

  /**
   * Uploads parsed and stored at once: each holds its report in memory and a database connection,
   * so at most the pool's size less two (kept for pages and health); others wait, then get 503.
   */
  private final Semaphore uploadSlots;

  public WebApp(Database database, boolean publicRead, UploadLimits limits, Clock clock) {
    this.database = database;
    this.access = new Access(new Tokens(database.source()), publicRead);
    this.store = new ScanStore(database.source());
    this.read = new ReadModel(database.source());
    this.clock = clock;
    this.maxUploadBytes = limits.maxBytes();
    this.slotWait = limits.slotWait();
    this.css = resource("/dev/ssotguard/server/app.css");
    this.uploadSlots = new Semaphore(Math.max(1, database.poolSize() - 2), true);
  }

  public Javalin create(String host, int port) {
    return Javalin.create(
        config -> {
          config.jetty.host = host;
          config.jetty.port = port;
          config.http.maxRequestSize = maxUploadBytes;
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          routes(config);
        });
  }

  private void routes(JavalinConfig config) {
    config.routes.before(this::headers);
    config.routes.get("/healthz", this::health);
    config.routes.get("/static/app.css", ctx -> ctx.contentType("text/css").result(css));
    config.routes.get("/login", ctx -> page(ctx, "login.jte", Map.of("failed", false)));
    config.routes.post("/login", this::login);
    config.routes.post("/api/v1/scans", this::upload);
    config.routes.get("/", reading(ctx -> page(ctx, "overview.jte", view(overview()))));
    config.routes.get("/api/v1/overview", reading(ctx -> api(ctx, overview())));
    config.routes.get(
        "/repositories/{owner}/{name}",
        reading(ctx -> found(ctx, "repository.jte", read.repository(owner(ctx), name(ctx)))));
    config.routes.get(
        "/api/v1/repositories/{owner}/{name}",
        reading(ctx -> apiFound(ctx, read.repository(owner(ctx), name(ctx)))));
    config.routes.get(
        "/api/v1/repositories/{owner}/{name}/scans",
        reading(ctx -> apiFound(ctx, read.scans(owner(ctx), name(ctx)))));
    config.routes.get(
        "/inventory",
        reading(ctx -> page(ctx, "inventory.jte", view(read.inventory(filter(ctx))))));
    config.routes.get("/api/v1/inventory", reading(ctx -> api(ctx, read.inventory(filter(ctx)))));
    config.routes.get(
        "/matrix", reading(ctx -> page(ctx, "matrix.jte", view(read.matrix(filter(ctx))))));
    config.routes.get("/api/v1/matrix", reading(ctx -> api(ctx, read.matrix(filter(ctx)))));
    config.routes.get(
        "/waivers", reading(ctx -> page(ctx, "waivers.jte", view(read.commitments(today())))));
    config.routes.get("/api/v1/waivers", reading(ctx -> api(ctx, read.commitments(today()))));
    config.routes.get("/rules/{id}", reading(ctx -> found(ctx, "rule.jte", rule(ctx))));
    config.routes.get("/api/v1/rules/{id}", reading(ctx -> apiFound(ctx, rule(ctx))));
    config.routes.exception(
        SQLException.class,
        (e, ctx) -> {
          // the SQL state only: a message could quote a value
          LOG.error("database error (SQL state {})", e.getSQLState());
          ctx.status(503).contentType("text/plain").result("the database is not available\n");
        });
  }

  private void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
  }

  private void health(Context ctx) {
    boolean up = database.reachable();
    ctx.status(up ? 200 : 503).contentType("text/plain").result(up ? "ok\n" : "database down\n");
  }

  /** Runs {@code handler} for a reader; others get 401 (API) or the login form (pages). */
  private Handler reading(Handler handler) {
    return ctx -> {
      if (access.mayRead(ctx)) {
        handler.handle(ctx);
      } else if (ctx.path().startsWith("/api/")) {
        ctx.status(401)
            .header("WWW-Authenticate", "Bearer")
            .contentType("text/plain")
            .result("a token is needed: send Authorization: Bearer TOKEN\n");
      } else {
        ctx.status(401);
        page(ctx, "login.jte", Map.of("failed", false));
      }
    };
  }

  private void login(Context ctx) throws SQLException {
    String token = ctx.formParam("token");
    if (token == null || !access.valid(token.strip())) {
      ctx.status(401);
      page(ctx, "login.jte", Map.of("failed", true));
      return;
    }
    boolean secure =
        "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) || ctx.req().isSecure();
    ctx.header(
        "Set-Cookie",
        Access.COOKIE
            + "="
            + token.strip()
            + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=2592000"
            + (secure ? "; Secure" : ""));
    ctx.redirect("/");
  }

  private void upload(Context ctx) throws SQLException, InterruptedException {
    Optional<Tokens.Principal> who = access.bearer(ctx);
    if (who.isEmpty()) {
      plain(ctx, 401, "a token is needed: set SSOT_TOKEN to a token from ssot server token create");
      return;
    }
    if (!uploadSlots.tryAcquire(slotWait.toMillis(), TimeUnit.MILLISECONDS)) {
      ctx.header("Retry-After", "10");
      plain(ctx, 503, "the server is busy with other uploads: retry in a moment");
      return;
    }
    try {
      upload(ctx, who.get());
    } finally {
      uploadSlots.release();
    }
  }

  private void upload(Context ctx, Tokens.Principal who) throws SQLException {
    byte[] body = ctx.bodyAsBytes();
    if (body.length > maxUploadBytes) {
      plain(ctx, 413, "the upload is larger than " + maxUploadBytes + " bytes (--max-upload)");
      return;
    }
    Upload u;
    try {
      u = uploads.read(body);
    } catch (UploadRejected e) {
      plain(ctx, e.status(), e.getMessage());
      return;
    }
    if (!who.mayUpload(u.owner(), u.name())) {
      plain(ctx, 403, "this token may not upload to " + u.owner() + "/" + u.name());
      return;
    }
    ScanStore.Stored stored = store.store(u);
    ctx.status(stored.duplicate() ? 200 : 201)
        .contentType("application/json")
        .result(
            json.write(
                Map.of(
                    "scan", stored.scanId(),
                    "duplicate", stored.duplicate(),
                    "repository", u.owner() + "/" + u.name())));
  }

  private static void plain(Context ctx, int status, String message) {
    ctx.status(status).contentType("text/plain; charset=utf-8").result(message + "\n");
  }

  private Views.Overview overview() throws SQLException {
    return read.overview(today());
  }

  private Optional<Views.RulePage> rule(Context ctx) throws SQLException {
    String id = ctx.pathParam("id");
    return RULE.matcher(id).matches() ? read.rule(id) : Optional.empty();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static String owner(Context ctx) {
    return ctx.pathParam("owner");
  }

  private static String name(Context ctx) {
    return ctx.pathParam("name");
  }

  /** Filters from the query string; an empty or over-long value matches everything. */
  private static Views.Filter filter(Context ctx) {
    return new Views.Filter(
        param(ctx, "engine"), param(ctx, "endpoint"), param(ctx, "runtime"), param(ctx, "verdict"));
  }

  private static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() || v.length() > 200 ? null : v;
  }

  private static Map<String, Object> view(Object value) {
    return Map.of("view", value);
  }

  private void found(Context ctx, String template, Optional<?> value) {
    if (value.isEmpty()) {
      ctx.status(404);
      page(ctx, "missing.jte", Map.of("path", ctx.path()));
    } else {
      page(ctx, template, view(value.get()));
    }
  }

  private void page(Context ctx, String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    templates.render(template, params, out);
    ctx.contentType("text/html; charset=utf-8").result(out.toString());
  }

  private void api(Context ctx, Object value) {
    ctx.contentType("application/json").result(json.write(value));
  }

  private void apiFound(Context ctx, Optional<?> value) {
    if (value.isEmpty()) {
      plain(ctx, 404, "no such repository or rule");
    } else {
      api(ctx, value.get());
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebApp.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("unreadable resource " + name, e);
    }
  }
}
