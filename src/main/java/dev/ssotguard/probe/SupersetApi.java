package dev.ssotguard.probe;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Superset's REST API, read-only: the datasources ({@code GET /api/v1/database/}) and each one's
 * connection ({@code GET /api/v1/database/<id>/connection}, admin only). Logs in with {@code POST
 * /api/v1/security/login} when no token is given.
 */
public final class SupersetApi {
  private static final int PAGE_SIZE = 100;
  private static final int MAX_PAGES = 50;

  /** One datasource as Superset reports it; Superset masks the URI's password itself. */
  public record Datasource(int id, String name, String backend, String sqlalchemyUri) {}

  private final URI base;
  private final Duration timeout;
  private final HttpClient http;
  private static final ObjectMapper READER = new ObjectMapper();

  public SupersetApi(URI base, Duration timeout) {
    // A user-info part would put a password into every message; the API never needs it.
    String text =
        base.getUserInfo() == null
            ? base.toString()
            : base.toString().replace(base.getRawUserInfo() + "@", "");
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Reads and judges every datasource, with a token from {@code tokenVariable} or, without one, a
   * login as {@code SUPERSET_USERNAME} / {@code SUPERSET_PASSWORD} from the environment.
   */
  public static List<SupersetReport> probe(
      URI base,
      Duration timeout,
      java.util.Map<String, String> environment,
      String tokenVariable,
      dev.ssotguard.connection.ConnectionStringParser parser)
      throws ProbeException {
    SupersetApi api = new SupersetApi(base, timeout);
    String token = environment.get(tokenVariable);
    if (token == null || token.isEmpty()) {
      String user = environment.get("SUPERSET_USERNAME");
      String password = environment.get("SUPERSET_PASSWORD");
      if (user == null || password == null) {
        throw new ProbeException(
            "Superset "
                + api.base
                + ": no credentials. Fix: set "
                + tokenVariable
                + ", or SUPERSET_USERNAME and SUPERSET_PASSWORD, in the environment");
      }
      token = api.login(user, password);
    }
    List<SupersetReport> out = new ArrayList<>();
    for (Datasource d : api.datasources(token)) {
      out.add(SupersetReport.judge(d, parser));
    }
    return out;
  }

  /** A Superset URL as it may be printed: without any user-info. */
  public static String displayUrl(URI url) {
    return new SupersetApi(url, Duration.ofSeconds(1)).base.toString();
  }

  /** An access token for a database-provider user. */
  public String login(String username, String password) throws ProbeException {
    ObjectNode body = READER.createObjectNode();
    body.put("username", username);
    body.put("password", password);
    body.put("provider", "db");
    body.put("refresh", false);
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("api/v1/security/login"))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    JsonNode answer = send(request, "login");
    String token = answer.path("access_token").asText("");
    if (token.isEmpty()) {
      throw new ProbeException("Superset " + base + ": the login answer has no access_token");
    }
    return token;
  }

  public List<Datasource> datasources(String token) throws ProbeException {
    List<Datasource> out = new ArrayList<>();
    for (int page = 0; page < MAX_PAGES; page++) {
      JsonNode answer =
          get(token, "api/v1/database/?q=(page:" + page + ",page_size:" + PAGE_SIZE + ")");
      JsonNode result = answer.path("result");
      for (JsonNode db : result) {
        int id = db.path("id").asInt();
        out.add(datasource(db, get(token, "api/v1/database/" + id + "/connection")));
      }
      if (result.size() < PAGE_SIZE || out.size() >= answer.path("count").asInt(0)) {
        break;
      }
    }
    return out;
  }

  /** One entry of the datasource list and the answer to its connection request. */
  static Datasource datasource(JsonNode listEntry, JsonNode connectionAnswer) {
    return new Datasource(
        listEntry.path("id").asInt(),
        listEntry.path("database_name").asText(""),
        listEntry.path("backend").asText(""),
        connectionAnswer.path("result").path("sqlalchemy_uri").asText(""));
  }

  /**
   * Reads an answer's body as JSON. Jackson's own message quotes the offending token, which may be
   * part of a secret, so the error names only the position.
   */
  static JsonNode readAnswer(byte[] body, String what) throws ProbeException {
    try {
      return READER.readTree(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ProbeException(
          what
              + " is not JSON"
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new ProbeException(what + " could not be read as JSON");
    }
  }

  private JsonNode get(String token, String path) throws ProbeException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(timeout)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET()
            .build();
    return send(request, "GET /" + path.replaceAll("\\?.*", ""));
  }

  /** The largest answer read from Superset; its list and connection answers are far smaller. */
  static final int MAX_BODY_BYTES = 8 << 20;

  /**
   * One exchange under one deadline, headers and body together (the request timeout covers only the
   * wait for headers, so a server sending one byte a second would otherwise never end), and with
   * the body capped.
   */
  private JsonNode send(HttpRequest request, String step) throws ProbeException {
    long deadline = System.nanoTime() + exchangeDeadline().toNanos();
    CompletableFuture<HttpResponse<InputStream>> pending =
        http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
    HttpResponse<InputStream> response = null;
    try {
      response = pending.get(remaining(deadline), TimeUnit.NANOSECONDS);
      if (response.statusCode() != 200) {
        throw new ProbeException(
            "Superset " + base + ": " + step + " answered HTTP " + response.statusCode());
      }
      InputStream body = response.body();
      FutureTask<byte[]> read = new FutureTask<>(() -> readCapped(body));
      Thread reader = new Thread(read, "ssot-superset-body");
      reader.setDaemon(true);
      reader.start();
      return readAnswer(
          read.get(remaining(deadline), TimeUnit.NANOSECONDS), "Superset " + base + ": " + step);
    } catch (TimeoutException e) {
      throw new ProbeException(
          "Superset "
              + base
              + ": "
              + step
              + " took longer than "
              + exchangeDeadline().toSeconds()
              + " s; gave up");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new ProbeException("Superset " + base + ": " + step + " failed: " + cause.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProbeException("Superset " + base + ": " + step + " was interrupted");
    } finally {
      pending.cancel(true);
      if (response != null) {
        try {
          response.body().close();
        } catch (IOException e) {
          // closing only ends a read that is still waiting
        }
      }
    }
  }

  private Duration exchangeDeadline() {
    return timeout.multipliedBy(4);
  }

  private static long remaining(long deadline) {
    return Math.max(1, deadline - System.nanoTime());
  }

  private static byte[] readCapped(InputStream body) throws IOException {
    byte[] content = body.readNBytes(MAX_BODY_BYTES);
    if (body.read() >= 0) {
      throw new IOException("the answer is larger than " + (MAX_BODY_BYTES >> 20) + " MiB");
    }
    return content;
  }
}
