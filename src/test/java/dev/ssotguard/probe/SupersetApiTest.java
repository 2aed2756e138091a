package dev.ssotguard.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ssotguard.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A loopback server answering with the response shapes of Superset's documented REST API. */
class SupersetApiTest {
  private HttpServer server;
  private final List<String> requests = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/v1/security/login",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          boolean ok =
              body.contains("\"username\":\"admin\"") && body.contains("\"provider\":\"db\"");
          reply(ex, ok ? 200 : 401, ok ? "{\"access_token\":\"tok-1\"}" : "{\"message\":\"no\"}");
        });
    server.createContext(
        "/api/v1/database/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          requests.add(ex.getRequestMethod() + " " + ex.getRequestURI());
          if (!"Bearer tok-1".equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            reply(ex, 401, "{\"msg\":\"Missing Authorization Header\"}");
          } else if (path.equals("/api/v1/database/")) {
            reply(
                ex,
                200,
                """
                {"count": 3, "result": [
                  {"id": 1, "database_name": "warehouse", "backend": "postgresql"},
                  {"id": 2, "database_name": "scratch", "backend": "sqlite"},
                  {"id": 3, "database_name": "pooled", "backend": "postgresql"}]}
                """);
          } else if (path.equals("/api/v1/database/1/connection")) {
            reply(
                ex,
                200,
                "{\"id\":1,\"result\":{\"sqlalchemy_uri\":"
                    + "\"postgresql://postgres:XXXXXXXXXX@db.abcdefghijklmnopqrst.supabase.co:5432/postgres\"}}");
          } else if (path.equals("/api/v1/database/2/connection")) {
            reply(
                ex,
                200,
                "{\"id\":2,\"result\":{\"sqlalchemy_uri\":\"sqlite:////app/scratch.db\"}}");
          } else {
            reply(
                ex,
                200,
                "{\"id\":3,\"result\":{\"sqlalchemy_uri\":\"postgresql://postgres.abcdefghijklmnopqrst:"
                    + "XXXXXXXXXX@aws-0-eu-central-1.pooler.supabase.com:6543/postgres\"}}");
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void listsDatasourcesReadsTheirConnectionsAndJudgesThem() throws Exception {
    SupersetApi api = new SupersetApi(base(), Duration.ofSeconds(2));
    List<SupersetApi.Datasource> sources = api.datasources(api.login("admin", "pw"));
    assertThat(sources)
        .extracting(SupersetApi.Datasource::name)
        .containsExactly("warehouse", "scratch", "pooled");
    assertThat(requests).allMatch(r -> r.startsWith("GET "));
    var parser = KnowledgeLoader.builtin().connectionParser();
    List<SupersetReport> judged =
        sources.stream().map(d -> SupersetReport.judge(d, parser)).toList();
    assertThat(judged.get(0).findings()).extracting(LiveFinding::ruleId).containsExactly("SSOT403");
    assertThat(judged.get(1).findings()).extracting(LiveFinding::ruleId).containsExactly("SSOT301");
    assertThat(judged.get(2).findings()).isEmpty();
    assertThat(judged.toString()).doesNotContain("XXXXXXXXXX");
  }

  @Test
  void aRefusedLoginOrTokenNamesTheStepAndNoCredential() {
    SupersetApi api =
        new SupersetApi(
            URI.create("http://admin:CANARY-pw@127.0.0.1:" + server.getAddress().getPort()),
            Duration.ofSeconds(2));
    assertThatThrownBy(() -> api.login("someone", "CANARY-pw"))
        .hasMessageContaining("login answered HTTP 401")
        .hasMessageNotContaining("CANARY");
    assertThatThrownBy(() -> api.datasources("wrong"))
        .hasMessageContaining("HTTP 401")
        .hasMessageNotContaining("CANARY");
  }

  /** Jackson would quote the bad token; the error names where it starts (column 12). */
  @Test
  void anAnswerThatIsNotJsonIsReportedWithoutQuotingIt() {
    byte[] body = "{\"result\": CANARYtokenpw123}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SupersetApi.readAnswer(body, "GET /api/v1/database/"))
        .hasMessage("GET /api/v1/database/ is not JSON (line 1, column 12)")
        .hasMessageNotContaining("CANARY");
  }
}
