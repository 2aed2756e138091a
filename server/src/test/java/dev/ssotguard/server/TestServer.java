package dev.ssotguard.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A real server on a loopback port over a fresh database, for one test class. */
final class TestServer implements AutoCloseable {
  /** Pages are judged on this day (waivers within 30 days of it are "soon"). */
  static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

  static final String TOKEN = "test-admin-token-0123456789abcdef";

  final Database database;
  final Javalin app;
  final HttpClient http = HttpClient.newHttpClient();

  private TestServer(Database database, Javalin app) {
    this.database = database;
    this.app = app;
  }

  static TestServer start(boolean publicRead) throws IOException, SQLException {
    return start(publicRead, 16L * 1024 * 1024);
  }

  static TestServer start(boolean publicRead, long maxUpload) throws IOException, SQLException {
    return start(publicRead, new UploadLimits(maxUpload, UploadLimits.DEFAULT_SLOT_WAIT), 20);
  }

  static TestServer start(boolean publicRead, UploadLimits limits, int poolSize)
      throws IOException, SQLException {
    Database db = Database.open(TestDatabase.fresh(), poolSize);
    new Tokens(db.source()).seed(TOKEN);
    Javalin app =
        new WebApp(db, publicRead, limits, Clock.fixed(NOW, ZoneOffset.UTC))
            .create("127.0.0.1", 0)
            .start();
    return new TestServer(db, app);
  }

  String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  HttpResponse<String> upload(String token, String body) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url("/api/v1/scans")))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  long count(String table) throws SQLException {
    try (Connection c = database.source().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Override
  public void close() throws IOException {
    app.stop();
    database.close();
  }
}
