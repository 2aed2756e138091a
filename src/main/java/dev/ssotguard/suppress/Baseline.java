package dev.ssotguard.suppress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotguard.formats.BoundedRead;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the fingerprints of a previous report (ssot-guard JSON or SARIF) to hide known findings.
 */
public final class Baseline {
  private Baseline() {}

  /** The largest report read as a baseline. */
  static final int MAX_BYTES = 256 << 20;

  public static Set<String> fingerprints(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(BoundedRead.read(file, MAX_BYTES));
    Set<String> out = new HashSet<>();
    if (root == null) {
      throw new IOException("empty file");
    }
    if (root.has("runs")) {
      for (JsonNode run : root.get("runs")) {
        for (JsonNode r : run.path("results")) {
          JsonNode fp = r.path("partialFingerprints").path("ssotFingerprint/v1");
          if (fp.isTextual()) {
            out.add(fp.asText());
          }
        }
      }
      return out;
    }
    if (!root.has("findings")) {
      throw new IOException("neither an ssot-guard JSON report nor SARIF");
    }
    for (JsonNode f : root.get("findings")) {
      if (f.path("fingerprint").isTextual()) {
        out.add(f.get("fingerprint").asText());
      }
    }
    return out;
  }
}
