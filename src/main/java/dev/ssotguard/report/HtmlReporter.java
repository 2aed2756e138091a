package dev.ssotguard.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Severity;
import dev.ssotguard.rules.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * One self-contained HTML page: findings by file and by rule with filters, the inventory and the
 * connection graph. Nothing is fetched (no external script, style, font or image); a CSP meta tag
 * allows only the page's own script and style by hash. The repository's values travel as a JSON
 * data block with {@code <}, {@code >}, {@code &} and line separators escaped, and the script sets
 * them only as text — a file named {@code <img src=x onerror=alert(1)>} stays a name.
 */
public final class HtmlReporter implements Reporter {
  /** Findings put on the page; the JSON and SARIF reports hold them all. */
  static final int MAX_FINDINGS = 5_000;

  private static final String STYLE = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private final Inventory inventory;
  private final ObjectMapper mapper = new ObjectMapper();

  public HtmlReporter(Inventory inventory) {
    this.inventory = inventory;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    String csp =
        "default-src 'none'; script-src '"
            + sha256(SCRIPT)
            + "'; style-src '"
            + sha256(STYLE)
            + "'; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none';"
            + " form-action 'none'";
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp + "\">\n");
    out.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>ssot-guard report</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n");
    out.write(BODY);
    out.write("<script type=\"application/json\" id=\"ssot-data\">");
    out.write(escapeForScript(mapper.writeValueAsString(data(report))));
    out.write("</script>\n<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
  }

  private ObjectNode data(Report report) {
    ObjectNode root = mapper.createObjectNode();
    root.putObject("tool").put("version", report.toolVersion());
    ObjectNode summary = root.putObject("summary");
    summary.put("files", report.fileCount());
    summary.put("errors", report.count(Severity.ERROR));
    summary.put("warnings", report.count(Severity.WARNING));
    summary.put("notes", report.count(Severity.NOTE) + report.diagnostics());
    summary.put("suppressed", report.suppressed());
    ObjectNode names = root.putObject("ruleNames");
    for (RuleInfo r : report.rules()) {
      names.put(r.id(), r.name());
    }
    List<Finding> shown = Shown.worstFirst(report);
    root.put("truncated", shown.size() > MAX_FINDINGS);
    ArrayNode findings = root.putArray("findings");
    for (Finding f : shown.subList(0, Math.min(MAX_FINDINGS, shown.size()))) {
      ObjectNode n = findings.addObject();
      n.put("rule", f.ruleId());
      n.put("severity", f.severity().label());
      n.put("problem", Display.text(TextReporter.sentence(f.problem())));
      if (f.fix() != null) {
        n.put("fix", Display.text(TextReporter.capitalize(TextReporter.stripFixLabel(f.fix()))));
      }
      n.put("message", Display.text(f.message()));
      location(n, f.location());
      ArrayNode related = n.putArray("related");
      for (Related r : f.related()) {
        ObjectNode rn = related.addObject();
        location(rn, r.location());
        rn.put("message", Display.text(r.message()));
      }
    }
    ArrayNode datastores = root.putArray("datastores");
    for (Inventory.Datastore d : inventory.datastores()) {
      datastores
          .addObject()
          .put("id", Display.text(d.id()))
          .put("engine", d.engine())
          .put("provider", d.provider())
          .put("endpoints", d.endpoints())
          .put("at", at(d.declaredAt()));
    }
    ArrayNode connections = root.putArray("connections");
    for (ConnectionGraph.Connection c :
        ConnectionGraph.of(inventory, report.findings()).connections()) {
      Inventory.Link l = c.link();
      connections
          .addObject()
          .put("client", Display.text(l.client()))
          .put("runtime", l.runtime())
          .put("ipv6", l.ipv6())
          .put("datastore", Display.text(l.datastore()))
          .put("endpoint", Display.text(l.endpoint()))
          .put("environment", l.environment())
          .put(
              "verdictKind",
              switch (c.verdict()) {
                case BREAKS -> "breaks";
                case ALLOWED -> "allowed";
                case NOT_JUDGED -> "unknown";
              })
          .put("verdict", c.verdictText())
          .put("at", at(l.location()));
    }
    return root;
  }

  private static void location(ObjectNode n, Location l) {
    n.put("path", Display.text(l.path()));
    n.put("line", l.line());
    n.put("column", l.column());
  }

  private static String at(Location l) {
    return Display.text(l.path()) + ":" + l.line();
  }

  /**
   * JSON made safe inside a script element: no {@code </script>}, no {@code <!--}, no HTML entity
   * and no line separator can end or change it.
   */
  static String escapeForScript(String json) {
    return json.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029");
  }

  static String sha256(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReporter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String BODY =
      """
      <header>
      <h1>ssot-guard report</h1>
      <p class="summary" id="summary"></p>
      </header>
      <main>
      <h2>Findings</h2>
      <div class="filters">
      <label><input type="checkbox" id="f-error" checked> errors</label>
      <label><input type="checkbox" id="f-warning" checked> warnings</label>
      <label><input type="checkbox" id="f-note" checked> notes</label>
      <label>rule <select id="filter-rule"><option value="">all rules</option></select></label>
      <label>text <input type="search" id="filter-text" placeholder="path, words of the message"></label>
      <span id="shown"></span>
      </div>
      <div class="tabs">
      <button type="button" data-view="by-file" aria-pressed="true">By file</button>
      <button type="button" data-view="by-rule" aria-pressed="false">By rule</button>
      </div>
      <div id="findings">
      <p id="findings-empty" class="hidden">No findings.</p>
      <div id="by-file"></div>
      <div id="by-rule" class="hidden"></div>
      </div>
      <h2>Connection graph</h2>
      <p class="legend">clients → endpoints → datastores:
      <span class="breaks">breaks a rule</span><span class="allowed">allowed</span>\
      <span class="unknown">not judged</span></p>
      <p id="graph-empty" class="hidden">No connections found.</p>
      <div id="graph"></div>
      <h2>Inventory</h2>
      <h3>Datastores</h3>
      <div id="datastores"></div>
      <h3>Connections</h3>
      <div id="connections"></div>
      </main>
      <footer>Written by <span id="tool"></span>. The page makes no network request.</footer>
      """;
}
