package dev.ssotguard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ssot push URL REPORT.json}: sends a JSON report to an organisation server. */
@Command(
    name = "push",
    description =
        "Send a JSON report (and the inventory) to an ssot server, with the token in $SSOT_TOKEN.")
public final class PushCommand implements Callable<Integer> {
  /** Reports larger than this are not read (the server's default limit is 16 MB). */
  private static final long MAX_FILE = 64L * 1024 * 1024;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "URL",
      description = "The server, e.g. https://ssot.example.com.")
  String url;

  @Parameters(
      index = "1",
      paramLabel = "REPORT",
      description = "What ssot scan --format json wrote.")
  Path report;

  @Option(
      names = "--inventory",
      paramLabel = "FILE",
      description = "What ssot inventory --format json wrote (the server's inventory and matrix).")
  Path inventory;

  @Option(
      names = "--forge-url",
      paramLabel = "URL",
      description =
          "Link findings to the scanned commit's files under URL (default on GitHub:"
              + " $GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA; on GitLab:"
              + " $CI_PROJECT_URL/-/blob/$CI_COMMIT_SHA).")
  String forgeUrl;

  @CommandLine.Mixin UploadOptions upload = new UploadOptions();

  @Override
  public Integer call() {
    Optional<String> bad = Uploader.problem(url, upload.allowHttp);
    if (bad.isPresent()) {
      return fail(Main.USAGE, bad.get());
    }
    JsonNode reportJson;
    JsonNode inventoryJson = null;
    try {
      reportJson = read(report, "the report");
      if (inventory != null) {
        inventoryJson = read(inventory, "the inventory");
      }
    } catch (IllegalArgumentException e) {
      return fail(Main.USAGE, e.getMessage());
    }
    CommitInfo commit = CommitInfo.of(upload, Main.environment(spec), Path.of("."), forgeUrl);
    Uploader.Outcome outcome =
        Uploader.send(
            url,
            Main.environment(spec).get("SSOT_TOKEN"),
            commit,
            reportJson,
            inventoryJson,
            Instant.now());
    if (outcome.exitCode() != Main.CLEAN) {
      return fail(outcome.exitCode(), outcome.message());
    }
    spec.commandLine().getErr().println("ssot: " + outcome.message());
    return Main.CLEAN;
  }

  private static JsonNode read(Path file, String what) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(what + " " + file + " is not a file");
      }
      if (Files.size(file) > MAX_FILE) {
        throw new IllegalArgumentException(what + " " + file + " is larger than 64 MB");
      }
      JsonNode node = new ObjectMapper().readTree(file.toFile());
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException(what + " " + file + " is not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          what + " " + file + " is not JSON: write it with --format json", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(what + " " + file + " cannot be read", e);
    }
  }

  private int fail(int code, String message) {
    spec.commandLine().getErr().println("ssot: " + message);
    return code;
  }
}
