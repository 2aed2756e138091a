package dev.ssotguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads: stored whole, kept once, refused whole, and only with a token that covers them. */
class UploadTest {
  @TempDir static Path temp;
  private static TestServer server;
  private static Fixtures.Scan scan;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(false);
    scan = Fixtures.scan("hostile", temp);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static String body(String repository, String commit) {
    return Fixtures.envelope(repository, commit, "2026-12-01T10:00:00Z", scan);
  }

  @Test
  void theSameUploadTwiceIsOneScanWithEveryRow() throws Exception {
    HttpResponse<String> first = server.upload(TestServer.TOKEN, body("acme/twice", "a1"));
    HttpResponse<String> again = server.upload(TestServer.TOKEN, body("acme/twice", "a1"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    JsonNode a = Fixtures.JSON.readTree(first.body());
    JsonNode b = Fixtures.JSON.readTree(again.body());
    assertThat(b.get("scan").asLong()).isEqualTo(a.get("scan").asLong());
    assertThat(b.get("duplicate").asBoolean()).isTrue();
    JsonNode scans =
        Fixtures.JSON.readTree(
            server.get("/api/v1/repositories/acme/twice/scans", TestServer.TOKEN).body());
    assertThat(scans).hasSize(1);
    JsonNode page =
        Fixtures.JSON.readTree(
            server.get("/api/v1/repositories/acme/twice", TestServer.TOKEN).body());
    assertThat(page.get("findings")).hasSize(scan.report().get("findings").size());
    assertThat(page.get("latest").get("errors").asInt())
        .isEqualTo(scan.report().get("summary").get("errors").asInt());
  }

  /** A bidi override or an escape sequence in a finding reaches pages and the API escaped. */
  @Test
  void controlAndBidiCharactersAreShownEscaped() throws Exception {
    String body =
        body("acme/bidi", "g1").replace("\"message\":\"", "\"message\":\"\\u202e\\u001b[2J ");
    assertThat(server.upload(TestServer.TOKEN, body).statusCode()).isEqualTo(201);
    String html = server.get("/repositories/acme/bidi", TestServer.TOKEN).body();
    assertThat(html).contains("\\u202e\\x1b[2J").doesNotContain("\u202e").doesNotContain("\u001b");
    JsonNode api =
        Fixtures.JSON.readTree(
            server.get("/api/v1/repositories/acme/bidi", TestServer.TOKEN).body());
    assertThat(api.get("findings").get(0).get("message").asText()).startsWith("\\u202e\\x1b[2J ");
  }

  @Test
  void aNewerCommitBecomesTheLatestAndAnOlderOneDoesNot() throws Exception {
    server.upload(
        TestServer.TOKEN, Fixtures.envelope("acme/order", "new", "2026-12-01T12:00:00Z", scan));
    server.upload(
        TestServer.TOKEN, Fixtures.envelope("acme/order", "old", "2026-11-01T12:00:00Z", scan));
    JsonNode page =
        Fixtures.JSON.readTree(
            server.get("/api/v1/repositories/acme/order", TestServer.TOKEN).body());
    assertThat(page.get("latest").get("commit").asText()).isEqualTo("new");
    assertThat(page.get("history")).hasSize(2);
  }

  @Test
  void badUploadsGetA4xxNamingTheProblemAndStoreNothing() throws Exception {
    long scans = server.count("scans");
    long repositories = server.count("repositories");
    ObjectNode noSummary = (ObjectNode) Fixtures.JSON.readTree(body("acme/bad", "b1"));
    ((ObjectNode) noSummary.get("report")).remove("summary");
    ObjectNode badRepository = (ObjectNode) Fixtures.JSON.readTree(body("acme/bad", "b1"));
    badRepository.put("repository", "no-slash");
    String password =
        body("acme/bad", "b1")
            .replace("\"message\":\"", "\"message\":\"postgresql://app:hunter2@db/app ");
    assertThat(server.upload(TestServer.TOKEN, "{not json").statusCode()).isEqualTo(400);
    HttpResponse<String> schema = server.upload(TestServer.TOKEN, noSummary.toString());
    assertThat(schema.statusCode()).isEqualTo(422);
    assertThat(schema.body()).contains("report does not match its schema").contains("summary");
    HttpResponse<String> repo = server.upload(TestServer.TOKEN, badRepository.toString());
    assertThat(repo.statusCode()).isEqualTo(400);
    assertThat(repo.body()).contains("repository must be OWNER/NAME");
    HttpResponse<String> secret = server.upload(TestServer.TOKEN, password);
    assertThat(secret.statusCode()).isEqualTo(422);
    assertThat(secret.body()).contains("password-shaped value at $.report.findings[0].message");
    assertThat(secret.body()).doesNotContain("hunter2");
    assertThat(server.count("scans")).isEqualTo(scans);
    assertThat(server.count("repositories")).isEqualTo(repositories);
  }

  @Test
  void anUploadAboveTheLimitIsRefused() throws Exception {
    try (TestServer small = TestServer.start(false, 4096)) {
      HttpResponse<String> r = small.upload(TestServer.TOKEN, body("acme/big", "c1"));
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(small.count("scans")).isZero();
    }
  }

  /**
   * With a pool of 3 a process stores one upload at a time: while a slow client holds that slot
   * (its body only half sent), the next upload waits, then is told to retry; nothing is stored.
   */
  @Test
  void uploadsBeyondTheSlotsAreToldToRetry() throws Exception {
    UploadLimits limits = new UploadLimits(16L * 1024 * 1024, java.time.Duration.ofSeconds(1));
    try (TestServer busy = TestServer.start(false, limits, 3);
        java.net.Socket slow =
            new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), busy.app.port())) {
      String body = body("acme/slow", "s1");
      String head =
          "POST /api/v1/scans HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
              + TestServer.TOKEN
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
              + "\r\n\r\n";
      java.io.OutputStream out = slow.getOutputStream();
      out.write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.write(body.substring(0, 100).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.flush();
      Thread.sleep(500); // the slow upload takes the one slot and waits for the rest of its body
      HttpResponse<String> second = busy.upload(TestServer.TOKEN, body("acme/fast", "f1"));
      assertThat(second.statusCode()).isEqualTo(503);
      assertThat(second.headers().firstValue("Retry-After")).isPresent();
      assertThat(second.body()).contains("retry");
      assertThat(busy.count("scans")).isZero();
    }
  }

  @Test
  void tokensCoverTheirScopeOnlyAndRevokedOnesNothing() throws Exception {
    Tokens tokens = new Tokens(server.database.source());
    String org = tokens.create("acme", "ci");
    String repo = tokens.create("acme/one", "one repository");
    assertThat(server.upload(null, body("acme/one", "d1")).statusCode()).isEqualTo(401);
    assertThat(server.upload("ssot_not-a-token-at-all-xyz", body("acme/one", "d1")).statusCode())
        .isEqualTo(401);
    assertThat(server.upload(repo, body("acme/one", "d1")).statusCode()).isEqualTo(201);
    assertThat(server.upload(repo, body("acme/two", "d1")).statusCode()).isEqualTo(403);
    assertThat(server.upload(org, body("acme/two", "d1")).statusCode()).isEqualTo(201);
    assertThat(server.upload(org, body("other/two", "d1")).statusCode()).isEqualTo(403);
    long id =
        tokens.list().stream().filter(t -> t.label().equals("ci")).findFirst().orElseThrow().id();
    assertThat(tokens.revoke(id)).isTrue();
    assertThat(server.upload(org, body("acme/three", "d1")).statusCode()).isEqualTo(401);
  }

  @Test
  void readingNeedsATokenUnlessReadsArePublic() throws Exception {
    assertThat(server.get("/api/v1/overview", null).statusCode()).isEqualTo(401);
    assertThat(server.get("/", null).body()).contains("name=\"token\"");
    assertThat(server.get("/api/v1/overview", TestServer.TOKEN).statusCode()).isEqualTo(200);
    assertThat(server.get("/healthz", null).statusCode()).isEqualTo(200);
    try (TestServer open = TestServer.start(true)) {
      assertThat(open.get("/api/v1/overview", null).statusCode()).isEqualTo(200);
      assertThat(open.upload(null, body("acme/x", "e1")).statusCode()).isEqualTo(401);
    }
  }

  /**
   * The fixture's compose file holds a canary password; the CLI masks it, the server refuses any
   * upload still holding one, so no table holds it, nor any answer.
   */
  @Test
  void noCredentialReachesStorage() throws Exception {
    assertThat(scan.report().toString()).doesNotContain(Fixtures.CANARY);
    assertThat(server.upload(TestServer.TOKEN, body("acme/canary", "f1")).statusCode())
        .isEqualTo(201);
    String raw =
        body("acme/canary", "f2")
            .replace("postgresql://api:****@", "postgresql://api:" + Fixtures.CANARY + "@");
    assertThat(raw).contains(Fixtures.CANARY);
    HttpResponse<String> refused = server.upload(TestServer.TOKEN, raw);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).doesNotContain(Fixtures.CANARY);
    StringBuilder everything = new StringBuilder();
    try (var c = server.database.source().getConnection();
        var s = c.createStatement()) {
      for (String table :
          new String[] {
            "repositories",
            "scans",
            "findings",
            "datastores",
            "connections",
            "commitments",
            "tokens"
          }) {
        try (var r = s.executeQuery("SELECT t::text FROM " + table + " t")) {
          while (r.next()) {
            everything.append(r.getString(1)).append('\n');
          }
        }
      }
    }
    assertThat(everything).contains("acme").doesNotContain(Fixtures.CANARY);
    for (String page : new String[] {"/api/v1/repositories/acme/canary", "/api/v1/matrix"}) {
      assertThat(server.get(page, TestServer.TOKEN).body()).doesNotContain(Fixtures.CANARY);
    }
  }

  @Test
  void healthSaysWhetherTheDatabaseAnswers() throws Exception {
    try (TestServer other = TestServer.start(false)) {
      assertThat(other.get("/healthz", null).statusCode()).isEqualTo(200);
      other.database.close();
      HttpResponse<String> down = other.get("/healthz", null);
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).contains("database down");
    }
  }

  @Test
  void tokensAreStoredHashedOnly() throws Exception {
    String token = new Tokens(server.database.source()).create("acme", "hash check");
    try (var c = server.database.source().getConnection();
        var s = c.createStatement();
        var r = s.executeQuery("SELECT t::text FROM tokens t")) {
      while (r.next()) {
        assertThat(r.getString(1)).doesNotContain(token).doesNotContain(TestServer.TOKEN);
      }
    }
  }
}
