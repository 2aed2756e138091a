package dev.ssotguard.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ssotguard.report.Redaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and checks an upload before anything is stored: bounded JSON, the envelope's fields, the
 * report against the JSON report schema, the inventory against its schema, and no value shaped like
 * a password anywhere. Every refusal names the problem and the fix, never the value.
 */
public final class UploadReader {
  static final Pattern REPOSITORY =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}/[A-Za-z0-9._-]{1,100}");
  private static final Pattern COMMIT = Pattern.compile("[0-9A-Za-z._-]{1,100}");
  private static final Pattern BLOB_BASE =
      Pattern.compile("https?://[A-Za-z0-9.:-]{1,255}(/[A-Za-z0-9._~%/-]{1,400})?");
  private static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}\\p{Cf}]{1,255}");

  private final ObjectMapper mapper;
  private final Schema reportSchema;
  private final Schema inventorySchema;

  public UploadReader() {
    JsonMapper m = JsonMapper.builder().disable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
    m.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(32)
                .maxStringLength(1_000_000)
                .maxNumberLength(20)
                .build());
    this.mapper = m;
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    this.reportSchema = schema(registry, "/dev/ssotguard/schema/report.schema.json");
    this.inventorySchema = schema(registry, "/dev/ssotguard/schema/inventory.schema.json");
  }

  private static Schema schema(SchemaRegistry registry, String resource) {
    try (InputStream in = Redaction.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the CLI jar lacks " + resource);
      }
      return registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Upload read(byte[] body) throws UploadRejected {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw new UploadRejected(400, "the upload is not JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new UploadRejected(400, "the upload could not be read");
    }
    if (root == null || !root.isObject()) {
      throw new UploadRejected(400, "the upload must be a JSON object (what ssot push sends)");
    }
    String repository = text(root, "repository", REPOSITORY, "OWNER/NAME");
    String commit = text(root, "commit", COMMIT, "a commit id");
    String branch = optional(root, "branch", TEXT, "a branch name");
    String version = text(root, "toolVersion", TEXT, "the ssot-guard version");
    String blobBase = optional(root, "blobBase", BLOB_BASE, "an http(s) URL");
    Instant scannedAt;
    try {
      scannedAt = Instant.parse(text(root, "scannedAt", TEXT, "an ISO-8601 instant"));
    } catch (DateTimeParseException e) {
      throw new UploadRejected(
          400, "scannedAt must be an ISO-8601 instant such as 2026-12-01T10:00:00Z");
    }
    JsonNode report = root.get("report");
    if (report == null || !report.isObject()) {
      throw new UploadRejected(
          400, "the upload has no report: send the output of ssot scan --format json");
    }
    // Passwords first: the schema's messages below may quote a value.
    passwordFree(root, "$");
    valid(reportSchema, report, "report", "ssot scan --format json");
    JsonNode inventory = root.get("inventory");
    if (inventory != null && !inventory.isNull()) {
      valid(inventorySchema, inventory, "inventory", "ssot inventory --format json");
    } else {
      inventory = null;
    }
    int slash = repository.indexOf('/');
    return new Upload(
        repository.substring(0, slash),
        repository.substring(slash + 1),
        branch,
        commit,
        scannedAt,
        version,
        blobBase,
        report,
        inventory,
        digest(report));
  }

  private void valid(Schema schema, JsonNode node, String what, String writer)
      throws UploadRejected {
    List<Error> errors = schema.validate(node);
    if (!errors.isEmpty()) {
      Error first = errors.get(0);
      String at = first.getInstanceLocation().toString();
      throw new UploadRejected(
          422,
          "the "
              + what
              + " does not match its schema: "
              + Shown.clip(first.getMessage(), 200)
              + (at.isEmpty() ? "" : " at " + Shown.clip(at, 120))
              + " ("
              + errors.size()
              + " problem"
              + (errors.size() == 1 ? "" : "s")
              + "): send what "
              + writer
              + " writes");
    }
  }

  /** Walks every string (names too): a password-shaped one refuses the whole upload. */
  private static void passwordFree(JsonNode node, String where) throws UploadRejected {
    if (node.isTextual() && Redaction.holdsPassword(node.asText())) {
      throw new UploadRejected(
          422,
          "the upload holds a password-shaped value at "
              + Shown.clip(where, 120)
              + ": nothing was stored; upload the report ssot-guard writes (it masks passwords)");
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        passwordFree(node.get(i), where + "[" + i + "]");
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        if (Redaction.holdsPassword(f.getKey())) {
          throw new UploadRejected(
              422, "the upload holds a password-shaped name under " + Shown.clip(where, 120));
        }
        passwordFree(f.getValue(), where + "." + Shown.clip(f.getKey(), 40));
      }
    }
  }

  private static String text(JsonNode root, String field, Pattern shape, String expected)
      throws UploadRejected {
    String value = optional(root, field, shape, expected);
    if (value == null) {
      throw new UploadRejected(400, "the upload lacks " + field + " (" + expected + ")");
    }
    return value;
  }

  private static String optional(JsonNode root, String field, Pattern shape, String expected)
      throws UploadRejected {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual() || !shape.matcher(n.asText()).matches()) {
      throw new UploadRejected(400, field + " must be " + expected);
    }
    return n.asText();
  }

  private String digest(JsonNode report) {
    try {
      byte[] bytes = mapper.writeValueAsString(report).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("a parsed report always serialises", e);
    }
  }
}
