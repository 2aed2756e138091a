package dev.ssotguard.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Severity;
import dev.ssotguard.rules.RuleInfo;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The probe's findings as SARIF 2.1.0. A finding on a target from the scanned repository points at
 * the line that writes its URL; a target given on the command line has no file, so its result has
 * no location (allowed by SARIF).
 */
public final class ProbeSarifWriter {
  private static final String BASE = "SRCROOT";

  /**
   * One live finding of the probe.
   *
   * @param location where the target is written in the repository, or null
   */
  public record LiveResult(String ruleId, Severity severity, String message, Location location) {}

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * The probe's findings as one SARIF log.
   *
   * @param rootUri the scanned folder as a URI, or null when no folder was scanned
   */
  public String sarif(
      List<LiveResult> results, List<RuleInfo> rules, String version, String rootUri)
      throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "ssot-guard");
    driver.put("semanticVersion", version);
    driver.put("informationUri", "https://github.com/ssot-guard/ssot-guard");
    Map<String, Integer> index = new LinkedHashMap<>();
    ArrayNode ruleTable = driver.putArray("rules");
    for (LiveResult r : results) {
      if (index.containsKey(r.ruleId())) {
        continue;
      }
      for (RuleInfo info : rules) {
        if (info.id().equals(r.ruleId())) {
          index.put(info.id(), index.size());
          ObjectNode rule = ruleTable.addObject();
          rule.put("id", info.id());
          rule.putObject("shortDescription").put("text", info.summary());
          rule.putObject("defaultConfiguration").put("level", info.severity().sarifLevel());
        }
      }
    }
    ArrayNode out = run.putArray("results");
    for (LiveResult r : results) {
      ObjectNode result = out.addObject();
      result.put("ruleId", r.ruleId());
      if (index.containsKey(r.ruleId())) {
        result.put("ruleIndex", index.get(r.ruleId()));
      }
      result.put("level", r.severity().sarifLevel());
      result.putObject("message").put("text", r.message() + " (live probe)");
      if (r.location() != null) {
        ObjectNode physical =
            result.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", SarifReporter.uri(r.location().path()));
        artifact.put("uriBaseId", BASE);
        ObjectNode region = physical.putObject("region");
        region.put("startLine", r.location().line());
        region.put("startColumn", r.location().column());
      }
    }
    if (rootUri != null) {
      run.putObject("originalUriBaseIds").putObject(BASE).put("uri", rootUri);
    }
    return mapper.writeValueAsString(root) + "\n";
  }
}
