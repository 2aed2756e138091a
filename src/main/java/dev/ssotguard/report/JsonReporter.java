package dev.ssotguard.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Severity;
import java.io.IOException;
import java.io.Writer;

/** The JSON report; its schema is documented in docs/json-report.md. */
public final class JsonReporter implements Reporter {
  public static final int SCHEMA_VERSION = 1;
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void write(Report report, Writer out) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "ssot-guard");
    tool.put("version", report.toolVersion());
    ObjectNode summary = root.putObject("summary");
    summary.put("files", report.fileCount());
    summary.put("errors", report.count(Severity.ERROR));
    summary.put("warnings", report.count(Severity.WARNING));
    summary.put("notes", report.count(Severity.NOTE));
    summary.put("diagnostics", report.diagnostics());
    summary.put("suppressed", report.suppressed());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("rule", f.ruleId());
      n.put("name", f.ruleName());
      n.put("severity", f.severity().label());
      n.put("message", f.message());
      location(n, f.location());
      ArrayNode related = n.putArray("related");
      for (Related r : f.related()) {
        ObjectNode rn = related.addObject();
        location(rn, r.location());
        rn.put("message", r.message());
      }
      n.put("fingerprint", f.fingerprint());
      if (f.suppressed()) {
        n.putObject("suppression")
            .put("kind", f.suppression().kind())
            .put("justification", f.suppression().justification());
      }
    }
    mapper.writeValue(new NonClosingWriter(out), root);
    out.write("\n");
  }

  private static void location(ObjectNode n, Location l) {
    n.put("path", l.path());
    n.put("line", l.line());
    n.put("column", l.column());
  }
}
