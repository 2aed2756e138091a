package dev.ssotguard.report;

import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Severity;
import dev.ssotguard.rules.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Terminal and CI-log text: a line per finding that starts {@code path:line:col: severity SSOTnnn}
 * (what compilers print, so {@code grep} keeps the file and problem matchers can jump to it), the
 * message wrapped to the width, the fix on its own line, related places under it; then a count per
 * rule with the pointer to {@code ssot explain}, and the summary line.
 */
public final class TextReporter implements Reporter {
  /** The width when the terminal's is not known (not a terminal, no {@code COLUMNS}). */
  public static final int DEFAULT_WIDTH = 100;

  private static final String INDENT = "    ";
  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final String DIM = "\u001B[2m";

  private final boolean color;
  private final int width;
  private final boolean quiet;

  /**
   * @param width the line width to wrap at (at least 40 is used)
   * @param quiet only the summary line, and nothing at all when nothing is reported
   */
  public TextReporter(boolean color, int width, boolean quiet) {
    this.color = color;
    this.width = Math.max(40, width);
    this.quiet = quiet;
  }

  public TextReporter(boolean color) {
    this(color, DEFAULT_WIDTH, false);
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    List<Finding> shown = report.findings().stream().filter(f -> !f.suppressed()).toList();
    if (!quiet) {
      for (Finding f : shown) {
        finding(f, out);
      }
      if (!shown.isEmpty()) {
        out.write("\n");
        perRule(report, shown, out);
      }
    }
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    if (quiet && shown.isEmpty()) {
      return;
    }
    out.write(summary(report, errors, warnings) + "\n");
  }

  private void finding(Finding f, Writer out) throws IOException {
    String where =
        Display.text(f.location().path())
            + ":"
            + f.location().line()
            + ":"
            + f.location().column()
            + ":";
    String head = where + " " + f.severity().label() + " " + f.ruleId() + " ";
    List<String> message =
        TextWrap.lines(Display.text(sentence(f.problem())), head.length(), INDENT, width);
    out.write(
        paint(BOLD, where)
            + " "
            + paint(levelColor(f.severity()), f.severity().label())
            + " "
            + f.ruleId()
            + " "
            + message.get(0)
            + "\n");
    for (String line : message.subList(1, message.size())) {
      out.write(line + "\n");
    }
    if (f.fix() != null) {
      String fix = capitalize(stripFixLabel(Display.text(f.fix())));
      for (String line : TextWrap.lines("fix: " + fix, INDENT.length(), INDENT + "     ", width)) {
        out.write((line.startsWith(INDENT) ? line : INDENT + line) + "\n");
      }
    }
    for (Related r : f.related()) {
      String text =
          "↳ "
              + Display.text(r.location().path())
              + ":"
              + r.location().line()
              + " "
              + Display.text(r.message());
      for (String line : TextWrap.lines(text, INDENT.length(), INDENT + "  ", width)) {
        out.write(paint(DIM, line.startsWith(INDENT) ? line : INDENT + line) + "\n");
      }
    }
  }

  /** Findings per rule, most first, and where to read what each rule asks. */
  private void perRule(Report report, List<Finding> shown, Writer out) throws IOException {
    Map<String, EnumMap<Severity, Long>> counts = new LinkedHashMap<>();
    for (Finding f : shown) {
      counts
          .computeIfAbsent(f.ruleId(), k -> new EnumMap<>(Severity.class))
          .merge(f.severity(), 1L, Long::sum);
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (RuleInfo r : report.rules()) {
      names.put(r.id(), r.name());
    }
    List<String> ids =
        counts.keySet().stream()
            .sorted(
                Comparator.comparing((String id) -> counts.get(id).keySet().iterator().next())
                    .thenComparingLong(id -> -total(counts.get(id)))
                    .thenComparing(id -> id))
            .toList();
    for (String id : ids) {
      String line =
          String.format(
              Locale.ROOT,
              "  %-8s %-34s %s",
              id,
              clipTo(names.getOrDefault(id, ""), 34),
              counts(counts.get(id)));
      out.write(line.stripTrailing() + "\n");
    }
    String example = ids.stream().filter(id -> !id.equals("SSOT000")).findFirst().orElse("SSOT000");
    String pointer =
        "Run `ssot explain "
            + example
            + "` (any rule ID) for what a rule checks and how to fix it.";
    for (String line : TextWrap.lines(pointer, 2, "  ", width)) {
      out.write((line.startsWith("  ") ? line : "  " + line) + "\n");
    }
    out.write("\n");
  }

  private static long total(Map<Severity, Long> c) {
    return c.values().stream().mapToLong(Long::longValue).sum();
  }

  private static String counts(Map<Severity, Long> c) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<Severity, Long> e : c.entrySet()) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(e.getValue()).append(' ').append(plural(e.getKey().label(), e.getValue()));
    }
    return s.toString();
  }

  private String summary(Report report, long errors, long warnings) {
    String text =
        report.counts()
            + " in "
            + report.fileCount()
            + " "
            + plural("file", report.fileCount())
            + " scanned"
            + (report.suppressed() == 0
                ? ""
                : "; " + report.suppressed() + " suppressed (waivers, ssot:ignore, baseline)");
    return (errors + warnings == 0 ? "✓ " : "✗ ") + text;
  }

  private static String plural(String word, long n) {
    return n == 1 ? word : word + "s";
  }

  private static String clipTo(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  /** A problem cut before its fix ends in ';' or ':' in running text; on its own it ends in '.'. */
  static String sentence(String problem) {
    return problem.endsWith(";") || problem.endsWith(":")
        ? problem.substring(0, problem.length() - 1) + "."
        : problem;
  }

  static String stripFixLabel(String fix) {
    return fix.regionMatches(true, 0, "Fix: ", 0, 5) ? fix.substring(5) : fix;
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
}
