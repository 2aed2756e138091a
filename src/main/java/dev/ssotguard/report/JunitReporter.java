package dev.ssotguard.report;

import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Severity;
import dev.ssotguard.rules.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, as CI systems read it (GitLab, Jenkins, Azure, CircleCI): every rule is a test case
 * that passes when it finds nothing; a rule that finds something fails with a test case per finding
 * (most readers show one failure per test case). Notes pass, with their text as output.
 */
public final class JunitReporter implements Reporter {
  @Override
  public void write(Report report, Writer out) throws IOException {
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    for (RuleInfo r : report.rules()) {
      byRule.put(r.id(), new java.util.ArrayList<>());
    }
    for (Finding f : Shown.worstFirst(report)) {
      byRule.computeIfAbsent(f.ruleId(), k -> new java.util.ArrayList<>()).add(f);
    }
    Map<String, RuleInfo> rules = Shown.rulesById(report);
    int tests = 0;
    int failures = 0;
    for (List<Finding> found : byRule.values()) {
      tests += Math.max(1, found.size());
      failures += (int) found.stream().filter(f -> f.severity() != Severity.NOTE).count();
    }
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(new NonClosingWriter(out));
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      counts(xml, "ssot-guard", tests, failures);
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      counts(xml, "ssot-guard", tests, failures);
      xml.writeAttribute("skipped", "0");
      for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
        RuleInfo rule = rules.get(e.getKey());
        String name = e.getKey() + (rule == null ? "" : " " + rule.name());
        if (e.getValue().isEmpty()) {
          xml.writeCharacters("\n    ");
          testcase(xml, e.getKey(), name);
          xml.writeEndElement();
          continue;
        }
        for (Finding f : e.getValue()) {
          xml.writeCharacters("\n    ");
          testcase(xml, e.getKey(), name + " at " + Display.text(where(f)));
          if (f.severity() == Severity.NOTE) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(Display.text(f.message()));
          } else {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", f.severity().label());
            xml.writeAttribute("message", Display.text(f.message()));
            xml.writeCharacters(body(f));
          }
          xml.writeEndElement();
          xml.writeEndElement();
        }
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
      out.write("\n");
    } catch (XMLStreamException e) {
      throw new IOException("JUnit XML could not be written", e);
    }
  }

  private static void counts(XMLStreamWriter xml, String name, int tests, int failures)
      throws XMLStreamException {
    xml.writeAttribute("name", name);
    xml.writeAttribute("tests", Integer.toString(tests));
    xml.writeAttribute("failures", Integer.toString(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("time", "0");
  }

  private static void testcase(XMLStreamWriter xml, String ruleId, String name)
      throws XMLStreamException {
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", "ssot-guard." + ruleId);
    xml.writeAttribute("name", name);
    xml.writeAttribute("time", "0");
  }

  private static String where(Finding f) {
    return f.location().path() + ":" + f.location().line() + ":" + f.location().column();
  }

  /** The failure's text: where, the message, and the related places, one per line. */
  private static String body(Finding f) {
    StringBuilder text =
        new StringBuilder(Display.text(where(f))).append(": ").append(Display.text(f.message()));
    for (Related r : f.related()) {
      text.append("\n  related: ")
          .append(Display.text(r.location().path() + ":" + r.location().line()))
          .append(' ')
          .append(Display.text(r.message()));
    }
    return text.toString();
  }
}
