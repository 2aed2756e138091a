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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0 for code scanning: relative URIs against {@code SRCROOT}, one rule entry per rule
 * with its help, {@code partialFingerprints}, string {@code security-severity}. SSOT000 notes are
 * tool notifications, not results.
 */
public final class SarifReporter implements Reporter {
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String BASE = "SRCROOT";
  private static final Pattern SECTION = Pattern.compile("§(\\d+)");
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final String category;

  /**
   * @param category the run's {@code automationDetails.id} (GitHub keeps one alert set per
   *     category), or null for none
   */
  public SarifReporter(String category) {
    this.category = category;
  }

  public SarifReporter() {
    this(null);
  }

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
      r.put("name", info.name());
      r.putObject("shortDescription").put("text", info.summary());
      r.putObject("fullDescription")
          .put("text", info.summary() + " (policy " + info.section() + ")");
      ObjectNode help = r.putObject("help");
      String page = RuleDocs.page(info);
      help.put("text", page);
      help.put("markdown", page);
      r.putObject("defaultConfiguration").put("level", info.severity().sarifLevel());
      ObjectNode props = r.putObject("properties");
      props.put("security-severity", info.securitySeverity());
      props.put("precision", info.precision());
      ArrayNode tags =
          props.putArray("tags").add("security").add("datastore-policy").add(info.scope().label());
      Matcher section = SECTION.matcher(info.section());
      boolean numbered = false;
      while (section.find()) {
        tags.add("policy-section-" + section.group(1));
        numbered = true;
      }
      if (!numbered || info.section().contains("extension")) {
        tags.add("policy-extension");
      }
    }
    if (category != null) {
      run.putObject("automationDetails")
          .put("id", category.endsWith("/") ? category : category + "/");
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
      r.putObject("message").put("text", messageWithLinks(f));
      r.putArray("locations").add(location(f.location()));
      if (!f.related().isEmpty()) {
        ArrayNode related = r.putArray("relatedLocations");
        int id = 1;
        for (Related rel : f.related()) {
          ObjectNode l = location(rel.location());
          l.put("id", id++);
          l.putObject("message").put("text", escapeBrackets(rel.message()));
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

  /**
   * The message with its related locations linked ({@code [text](id)}): GitHub shows a related
   * location only when the message links it. Brackets of the text itself are escaped, as SARIF
   * asks, so they never read as links.
   */
  private static String messageWithLinks(Finding f) {
    String text = escapeBrackets(f.message());
    if (f.related().isEmpty()) {
      return text;
    }
    StringBuilder links = new StringBuilder(text).append(" Related: ");
    int id = 1;
    for (Related rel : f.related()) {
      if (id > 1) {
        links.append(", ");
      }
      links
          .append('[')
          .append(escapeBrackets(rel.location().path() + ":" + rel.location().line()))
          .append("](")
          .append(id++)
          .append(')');
    }
    return links.append('.').toString();
  }

  private static String escapeBrackets(String text) {
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
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
}
