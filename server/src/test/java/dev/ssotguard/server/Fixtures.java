package dev.ssotguard.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssotguard.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real uploads: the CLI scans a small repository written for these tests (made-up content, a
 * hostile file name, a canary password) and its JSON report and inventory go into the envelope
 * {@code ssot push} sends.
 */
final class Fixtures {
  static final String CANARY = "CANARY-pw-7f3a9c";
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A file name a browser would run if a page wrote it as markup. The fixture folder is committed
   * as HOSTILE_NAME (Windows checkouts cannot hold {@code <} or {@code >}) and renamed in the copy.
   */
  static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";

  /** The report and inventory of one scan. */
  record Scan(JsonNode report, JsonNode inventory) {}

  private Fixtures() {}

  /** Scans {@code src/test/resources/repos/NAME}, copied to {@code temp} (outside any git tree). */
  static Scan scan(String name, Path temp) {
    return scanFolder(Path.of("src/test/resources/repos", name), temp.resolve(name));
  }

  /** Scans a copy of {@code folder} made at {@code copy}. */
  static Scan scanFolder(Path folder, Path copy) {
    Path repo = copy(folder, copy);
    return new Scan(
        readJson(cli("scan", repo.toString(), "--format", "json", "--fail-on", "never")),
        readJson(cli("inventory", repo.toString(), "--format", "json")));
  }

  static String envelope(String repository, String commit, String scannedAt, Scan scan) {
    ObjectNode body = JSON.createObjectNode();
    body.put("repository", repository);
    body.put("branch", "main");
    body.put("commit", commit);
    body.put("scannedAt", scannedAt);
    body.put("toolVersion", "0.1.0");
    body.put("blobBase", "https://github.com/" + repository + "/blob/" + commit);
    body.set("report", scan.report());
    body.set("inventory", scan.inventory());
    return body.toString();
  }

  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
    if (code != 0) {
      throw new IllegalStateException("ssot " + args[0] + " exited " + code + ": " + err);
    }
    return out.toString();
  }

  private static JsonNode readJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path copy(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target =
            to.resolve(from.relativize(p).toString().replace("HOSTILE_NAME", HOSTILE_NAME));
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
