package dev.ssotguard.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssotguard.model.Diagnostic;
import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Related;
import dev.ssotguard.rules.RuleDocs;
import dev.ssotguard.rules.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * SARIF 2.1.0 for code scanning: relative URIs against {@code SRCROOT}, one rule entry per rule
 * with its help, {@code partialFingerprints}, string {@code security-severity}. SSOT000 notes are
 * tool notifications, not results.
 */
public final class SarifReporter implements Reporter {
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String BASE = "SRCROOT";
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void write(Report report, Writer out) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "ssot-guard");
    driver.put("semanticVersion", report.toolVersion());
    driver.put("informationUri", "https://github.com/ssot-guard/ssot-guard");
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    for (RuleInfo info : report.rules()) {
      if (info.id().equals(Diagnostic.RULE_ID)) {
        continue;
      }
      index.put(info.id(), index.size());
      ObjectNode r = rules.addObject();
      r.put("id", info.id());
      r.put("name", camel(info.name()));
      r.putObject("shortDescription").put("text", info.summary());
      r.putObject("fullDescription")
          .put("text", info.summary() + " (policy " + info.section() + ")");
      ObjectNode help = r.putObject("help");
      String page = RuleDocs.page(info);
      help.put("text", page);
      help.put("markdown", page);
      r.putObject("defaultConfiguration").put("level", info.severity().sarifLevel());
      ObjectNode props = r.putObject("properties");
      props.put("security-severity", info.severity().securitySeverity());
      props.putArray("tags").add("ssot").add("datastore-policy").add(info.scope().label());
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", !report.internalError());
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    ArrayNode results = run.putArray("results");
    for (Finding f : report.findings()) {
      if (f.isDiagnostic()) {
        ObjectNode n = notifications.addObject();
        n.put("level", "note");
        n.putObject("message").put("text", f.message());
        n.putObject("descriptor").put("id", Diagnostic.RULE_ID);
        n.putArray("locations").add(location(f.location()));
        continue;
      }
      ObjectNode r = results.addObject();
      r.put("ruleId", f.ruleId());
      Integer ruleIndex = index.get(f.ruleId());
      if (ruleIndex != null) {
        r.put("ruleIndex", ruleIndex);
      }
      r.put("level", f.severity().sarifLevel());
      r.putObject("message").put("text", f.message());
      r.putArray("locations").add(location(f.location()));
      if (!f.related().isEmpty()) {
        ArrayNode related = r.putArray("relatedLocations");
        int id = 1;
        for (Related rel : f.related()) {
          ObjectNode l = location(rel.location());
          l.put("id", id++);
          l.putObject("message").put("text", rel.message());
          related.add(l);
        }
      }
      r.putObject("partialFingerprints").put("ssotFingerprint/v1", f.fingerprint());
      if (f.suppressed()) {
        r.putArray("suppressions")
            .addObject()
            .put("kind", f.suppression().sarifKind())
            .put("status", "accepted")
            .put("justification", f.suppression().justification());
      }
    }
    if (report.rootUri() != null) {
      run.putObject("originalUriBaseIds").putObject(BASE).put("uri", report.rootUri());
    }
    run.put("columnKind", "unicodeCodePoints");
    mapper.writeValue(new NonClosingWriter(out), root);
    out.write("\n");
  }

  private ObjectNode location(Location l) {
    ObjectNode loc = mapper.createObjectNode();
    ObjectNode physical = loc.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifact.put("uri", uri(l.path()));
    artifact.put("uriBaseId", BASE);
    ObjectNode region = physical.putObject("region");
    region.put("startLine", l.line());
    region.put("startColumn", l.column());
    return loc;
  }

  /** Percent-encodes what a relative URI reference cannot hold as is. */
  static String uri(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }

  private static String camel(String kebab) {
    StringBuilder sb = new StringBuilder();
    for (String part : kebab.split("-", -1)) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }
}
