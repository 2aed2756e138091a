package dev.ssotguard.report;

import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands: an {@code ::error}/{@code ::warning}/{@code ::notice}
 * annotation per finding, worst first, within what GitHub shows of one step (10 of each kind), and
 * a closing notice counting what was left out. Values are escaped as the runner requires, so a file
 * name cannot end the command or start another.
 */
public final class GithubReporter implements Reporter {
  /** Annotations of one kind GitHub shows per step. */
  static final int PER_KIND = 10;

  @Override
  public void write(Report report, Writer out) throws IOException {
    List<Finding> shown = Shown.worstFirst(report);
    Map<Severity, Integer> used = new EnumMap<>(Severity.class);
    int left = 0;
    for (Finding f : shown) {
      // One notice is kept for the closing line when anything is left out.
      int room = f.severity() == Severity.NOTE ? PER_KIND - 1 : PER_KIND;
      int n = used.getOrDefault(f.severity(), 0);
      if (n >= room) {
        left++;
        continue;
      }
      used.put(f.severity(), n + 1);
      out.write(
          "::"
              + command(f.severity())
              + " file="
              + property(Display.text(f.location().path()))
              + ",line="
              + f.location().line()
              + ",col="
              + f.location().column()
              + ",title="
              + property(f.ruleId() + " " + f.ruleName())
              + "::"
              + data(Display.text(f.message()))
              + "\n");
    }
    if (left > 0) {
      out.write(
          "::notice title=ssot-guard::"
              + data(
                  left
                      + " more finding"
                      + (left == 1 ? " was" : "s were")
                      + " not annotated (GitHub shows "
                      + PER_KIND
                      + " annotations of each kind per step); the job summary (--format"
                      + " markdown), the log or the SARIF report lists them all")
              + "\n");
    }
  }

  private static String command(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "notice";
    };
  }

  /** A command's message: {@code %}, CR and LF escaped. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as data, and {@code :} and {@code ,}, which end a property. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
