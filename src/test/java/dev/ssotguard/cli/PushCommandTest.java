package dev.ssotguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ssot push} and {@code ssot scan --upload} against a stand-in server on loopback that
 * records what arrives (the real server's tests are in the server module).
 */
class PushCommandTest {
  private static final String TOKEN = "ssot_test-token-for-push-0123456789";

  /** One request as the stand-in saw it. */
  record Received(String path, String authorization, JsonNode body) {}

  @TempDir Path temp;
  private HttpServer server;
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private volatile int status = 201;
  private volatile String answer = "{\"scan\": 7, \"duplicate\": false}";

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(
              new Received(
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  new ObjectMapper().readTree(body)));
          byte[] out = answer.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, out.length);
          try (OutputStream o = exchange.getResponseBody()) {
            o.write(out);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private Path report() {
    Path repo = Scans.copy(Path.of("examples/platform"), temp.resolve("platform"));
    Path json = temp.resolve("ssot.json");
    Scans.CliRun run = Scans.cli("scan", repo.toString(), "-f", "json=" + json);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    return json;
  }

  @Test
  void pushSendsTheReportWithRepositoryCommitAndTokenFromCiVariables() throws Exception {
    Path json = report();
    Scans.CliRun run =
        Scans.cliWithEnvironment(
            Map.of(
                "SSOT_TOKEN", TOKEN,
                "GITHUB_REPOSITORY", "acme/platform",
                "GITHUB_SHA", "0123456789abcdef0123456789abcdef01234567",
                "GITHUB_REF_NAME", "main",
                "GITHUB_SERVER_URL", "https://github.com"),
            "push",
            url(),
            json.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("scan 7 of acme/platform");
    assertThat(received).hasSize(1);
    Received r = received.get(0);
    assertThat(r.path()).isEqualTo("/api/v1/scans");
    assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN);
    assertThat(r.body().get("repository").asText()).isEqualTo("acme/platform");
    assertThat(r.body().get("commit").asText()).startsWith("0123456789abcdef");
    assertThat(r.body().get("branch").asText()).isEqualTo("main");
    assertThat(r.body().get("blobBase").asText())
        .isEqualTo(
            "https://github.com/acme/platform/blob/0123456789abcdef0123456789abcdef01234567");
    assertThat(r.body().get("report"))
        .isEqualTo(new ObjectMapper().readTree(Files.readString(json)));
    assertThat(r.body().has("inventory")).isFalse();
    assertThat(r.body().toString()).doesNotContain(TOKEN);
  }

  @Test
  void scanUploadSendsTheWholeReportAndTheInventory() {
    Path repo = Scans.copy(Path.of("examples/platform"), temp.resolve("platform"));
    Scans.CliRun run =
        Scans.cliWithEnvironment(
            Map.of("SSOT_TOKEN", TOKEN),
            "scan",
            repo.toString(),
            "-q",
            "--severity",
            "error",
            "--upload",
            url(),
            "--repository",
            "acme/platform",
            "--commit",
            "abc1234");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(received).hasSize(1);
    JsonNode body = received.get(0).body();
    assertThat(body.get("report").get("summary").get("warnings").asInt()).isPositive();
    assertThat(body.get("inventory").get("connections")).isNotEmpty();
    assertThat(body.get("inventory").has("commitments")).isTrue();
  }

  /**
   * GitLab's variables and SSOT_UPLOAD (what docs/server.md sets on the default branch) suffice.
   */
  @Test
  void gitlabVariablesAndSsotUploadNameEverything() {
    Path repo = Scans.copy(Path.of("examples/platform"), temp.resolve("platform"));
    Scans.CliRun run =
        Scans.cliWithEnvironment(
            Map.of(
                "SSOT_TOKEN", TOKEN,
                "SSOT_UPLOAD", url(),
                "CI_PROJECT_PATH", "acme/platform",
                "CI_COMMIT_SHA", "89abcdef89abcdef89abcdef89abcdef89abcdef",
                "CI_COMMIT_REF_NAME", "main",
                "CI_PROJECT_URL", "https://gitlab.example.com/acme/platform"),
            "scan",
            repo.toString(),
            "-q");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(received).hasSize(1);
    JsonNode body = received.get(0).body();
    assertThat(body.get("repository").asText()).isEqualTo("acme/platform");
    assertThat(body.get("branch").asText()).isEqualTo("main");
    assertThat(body.get("blobBase").asText())
        .isEqualTo(
            "https://gitlab.example.com/acme/platform/-/blob/89abcdef89abcdef89abcdef89abcdef89abcdef");
  }

  @Test
  void partialScansAreNotUploaded() {
    Path repo = Scans.copy(Path.of("examples/platform"), temp.resolve("platform"));
    Scans.CliRun run =
        Scans.cliWithEnvironment(
            Map.of("SSOT_TOKEN", TOKEN),
            "scan",
            repo.toString(),
            "compose.yaml",
            "--upload",
            url(),
            "--repository",
            "a/b");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--upload sends whole-repository scans only");
    assertThat(received).isEmpty();
  }

  @Test
  void refusalsAndFailuresExitWithTheServersReason() {
    Path json = report();
    Scans.CliRun noToken =
        Scans.cliWithEnvironment(Map.of(), "push", url(), json.toString(), "--repository", "a/b");
    assertThat(noToken.exitCode()).isEqualTo(2);
    assertThat(noToken.err()).contains("SSOT_TOKEN is not set");
    Map<String, String> env = Map.of("SSOT_TOKEN", TOKEN);
    status = 422;
    answer = "the report does not match its schema";
    Scans.CliRun refused =
        Scans.cliWithEnvironment(
            env, "push", url(), json.toString(), "--repository", "a/b", "--commit", "c1");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("HTTP 422").contains("does not match its schema");
    status = 503;
    Scans.CliRun down =
        Scans.cliWithEnvironment(
            env, "push", url(), json.toString(), "--repository", "a/b", "--commit", "c1");
    assertThat(down.exitCode()).isEqualTo(3);
  }

  @Test
  void theTokenNeverGoesInClearToAnotherMachineOrToAUrlWithALogin() {
    Path json = report();
    Map<String, String> env = Map.of("SSOT_TOKEN", TOKEN);
    Scans.CliRun clear =
        Scans.cliWithEnvironment(
            env, "push", "http://ssot.example.com", json.toString(), "--repository", "a/b");
    assertThat(clear.exitCode()).isEqualTo(2);
    assertThat(clear.err()).contains("refusing to send the token in clear to ssot.example.com");
    Scans.CliRun login =
        Scans.cliWithEnvironment(
            env, "push", "https://u:p@ssot.example.com", json.toString(), "--repository", "a/b");
    assertThat(login.exitCode()).isEqualTo(2);
    assertThat(login.err()).contains("must not hold a user or password");
    Scans.CliRun notJson =
        Scans.cliWithEnvironment(
            env, "push", url(), temp.resolve("missing.json").toString(), "--repository", "a/b");
    assertThat(notJson.exitCode()).isEqualTo(2);
    assertThat(notJson.err()).contains("is not a file");
    assertThat(received).isEmpty();
    assertThat(clear.err() + login.err() + notJson.err()).doesNotContain(TOKEN);
  }
}
