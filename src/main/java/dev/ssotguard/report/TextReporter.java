package dev.ssotguard.report;

import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings grouped by file, one per line, then a summary line; colour only when asked. */
public final class TextReporter implements Reporter {
  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final String DIM = "\u001B[2m";

  private final boolean color;

  public TextReporter(boolean color) {
    this.color = color;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      if (!f.suppressed()) {
        byFile.computeIfAbsent(f.location().path(), k -> new ArrayList<>()).add(f);
      }
    }
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      out.write(paint(BOLD, Display.text(e.getKey())) + "\n");
      for (Finding f : e.getValue()) {
        String pos = f.location().line() + ":" + f.location().column();
        out.write(
            "  "
                + pad(pos, 7)
                + " "
                + paint(levelColor(f.severity()), pad(f.severity().label(), 7))
                + " "
                + f.ruleId()
                + "  "
                + Display.text(f.message())
                + "\n");
        for (Related r : f.related()) {
          out.write(
              "  "
                  + " ".repeat(7)
                  + " "
                  + paint(
                      DIM,
                      "  ↳ "
                          + Display.text(
                              r.location().path() + ":" + r.location().line() + " " + r.message()))
                  + "\n");
        }
      }
      out.write("\n");
    }
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    long notes = report.count(Severity.NOTE) + report.diagnostics();
    String summary =
        errors
            + plural(" error", errors)
            + ", "
            + warnings
            + plural(" warning", warnings)
            + ", "
            + notes
            + plural(" note", notes)
            + " in "
            + report.fileCount()
            + plural(" file", report.fileCount())
            + " scanned"
            + (report.suppressed() == 0
                ? ""
                : "; " + report.suppressed() + " suppressed (waivers, ssot:ignore, baseline)");
    out.write((errors + warnings == 0 ? "✓ " : "✗ ") + summary + "\n");
  }

  private static String plural(String word, long n) {
    return n == 1 ? word : word + "s";
  }

  private String levelColor(Severity s) {
    return switch (s) {
      case ERROR -> "\u001B[31m";
      case WARNING -> "\u001B[33m";
      case NOTE -> "\u001B[36m";
    };
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
