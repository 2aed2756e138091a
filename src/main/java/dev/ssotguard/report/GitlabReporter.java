package dev.ssotguard.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Severity;
import dev.ssotguard.rules.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * GitLab Code Quality JSON (a Code Climate subset): one issue per finding with description,
 * check_name, fingerprint (unique per issue, as GitLab shows only the first of equal ones),
 * severity and location.path / location.lines.begin.
 */
public final class GitlabReporter implements Reporter {
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void write(Report report, Writer out) throws IOException {
    Map<String, RuleInfo> rules = Shown.rulesById(report);
    ArrayNode issues = mapper.createArrayNode();
    Set<String> fingerprints = new HashSet<>();
    for (Finding f : Shown.worstFirst(report)) {
      ObjectNode issue = issues.addObject();
      issue.put("description", f.message());
      issue.put("check_name", f.ruleId() + " " + f.ruleName());
      String fingerprint = f.fingerprint();
      if (!fingerprints.add(fingerprint)) {
        fingerprint = fingerprint + "-" + f.location().line() + "-" + f.location().column();
        fingerprints.add(fingerprint);
      }
      issue.put("fingerprint", fingerprint);
      issue.put("severity", severity(f, rules.get(f.ruleId())));
      ObjectNode location = issue.putObject("location");
      location.put("path", f.location().path());
      location.putObject("lines").put("begin", f.location().line());
    }
    mapper.writeValue(new NonClosingWriter(out), issues);
    out.write("\n");
  }

  /**
   * GitLab's scale (info, minor, major, critical, blocker) from the rule's security-severity, so a
   * leaked credential outranks a misnamed migration in the merge request widget.
   */
  static String severity(Finding f, RuleInfo rule) {
    if (f.severity() == Severity.NOTE) {
      return "info";
    }
    double score = rule == null ? 5.0 : Double.parseDouble(rule.securitySeverity());
    if (score >= 7.0) {
      return "critical";
    }
    if (score >= 4.0) {
      return "major";
    }
    return "minor";
  }
}
