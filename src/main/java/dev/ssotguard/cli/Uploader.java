package dev.ssotguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssotguard.report.Display;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends a report and its inventory to an organisation server ({@code POST /api/v1/scans}) with the
 * token from {@code SSOT_TOKEN}. The token goes only to the URL the operator gave, and never over
 * plain http to another machine unless they allow it.
 */
final class Uploader {
  /** What happened, as one line for the terminal, and the exit code it means. */
  record Outcome(int exitCode, String message) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Uploader() {}

  /** The server URL, or a message naming the problem and the fix. */
  static Optional<String> problem(String url, boolean allowHttp) {
    String lower = url.toLowerCase(Locale.ROOT);
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("the server URL is not a URL: give https://HOST[:PORT]");
    }
    if (!(lower.startsWith("https://") || lower.startsWith("http://")) || uri.getHost() == null) {
      return Optional.of("the server URL must be http(s)://HOST[:PORT]");
    }
    if (uri.getUserInfo() != null) {
      return Optional.of(
          "the server URL must not hold a user or password; the token is SSOT_TOKEN");
    }
    boolean local =
        uri.getHost().equals("localhost")
            || uri.getHost().equals("127.0.0.1")
            || uri.getHost().equals("[::1]");
    if (lower.startsWith("http://") && !local && !allowHttp) {
      return Optional.of(
          "refusing to send the token in clear to "
              + uri.getHost()
              + ": use https, or --allow-http on a network you trust");
    }
    return Optional.empty();
  }

  static Outcome send(
      String url,
      String token,
      CommitInfo commit,
      JsonNode report,
      JsonNode inventory,
      Instant scannedAt) {
    if (token == null || token.isBlank()) {
      return new Outcome(
          Main.USAGE, "SSOT_TOKEN is not set: create a token with ssot server token create");
    }
    if (commit.repository() == null || commit.commit() == null) {
      return new Outcome(
          Main.USAGE,
          "the upload needs the repository and the commit: give --repository OWNER/NAME and"
              + " --commit SHA (CI variables or a git checkout give them otherwise)");
    }
    ObjectNode body = MAPPER.createObjectNode();
    body.put("repository", commit.repository());
    if (commit.branch() != null) {
      body.put("branch", commit.branch());
    }
    body.put("commit", commit.commit());
    body.put("scannedAt", scannedAt.toString());
    body.put("toolVersion", report.path("tool").path("version").asText(VersionProvider.version()));
    if (commit.blobBase() != null) {
      body.put("blobBase", commit.blobBase());
    }
    body.set("report", report);
    if (inventory != null) {
      body.set("inventory", inventory);
    }
    String endpoint = url.replaceAll("/+$", "") + "/api/v1/scans";
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(20))
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(endpoint))
              .timeout(Duration.ofMinutes(2))
              .header("Authorization", "Bearer " + token.strip())
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body)))
              .build();
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      String text =
          new String(
                  response.body(),
                  0,
                  Math.min(response.body().length, 2000),
                  StandardCharsets.UTF_8)
              .strip();
      int status = response.statusCode();
      if (status == 200 || status == 201) {
        JsonNode answer = MAPPER.readTree(text);
        return new Outcome(
            Main.CLEAN,
            "uploaded to "
                + url
                + ": scan "
                + answer.path("scan").asText()
                + " of "
                + commit.repository()
                + (answer.path("duplicate").asBoolean() ? " (already there, kept once)" : ""));
      }
      return new Outcome(
          status >= 500 ? Main.INTERNAL : Main.USAGE,
          "the server refused the upload (HTTP " + status + "): " + Display.text(text));
    } catch (IOException e) {
      return new Outcome(
          Main.INTERNAL,
          "the upload failed: " + e.getClass().getSimpleName() + " talking to " + url);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(Main.INTERNAL, "the upload was interrupted");
    }
  }
}
