package dev.ssotguard.extract;

import dev.ssotguard.formats.yaml.YNode;
import dev.ssotguard.formats.yaml.YScalar;
import dev.ssotguard.formats.yaml.YSeq;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a service's {@code command:} or {@code entrypoint:} assigns before it
 * starts the program ({@code export DB_URL="..."; exec app}): a value set there wins over the
 * service's environment, so a tool's store cannot be judged from the environment alone.
 */
final class CommandAssignments {
  /** Commands longer than this are read only this far: a real start script fits well within. */
  private static final int MAX_CHARS = 16_384;

  private static final int MAX_NAMES = 64;

  private static final Pattern ASSIGNMENT =
      Pattern.compile("(?:^|[\\s;&|(`])(?:export\\s{1,8})?([A-Za-z_][A-Za-z0-9_]{0,127})=");

  private CommandAssignments() {}

  static Set<String> of(YNode... commands) {
    Set<String> names = new LinkedHashSet<>();
    for (YNode c : commands) {
      if (c instanceof YScalar s && s.value() != null) {
        collect(s.value(), names);
      } else if (c instanceof YSeq seq) {
        for (YNode item : seq.items()) {
          if (item instanceof YScalar s && s.value() != null) {
            collect(s.value(), names);
          }
        }
      }
    }
    return Set.copyOf(names);
  }

  private static void collect(String text, Set<String> names) {
    Matcher m = ASSIGNMENT.matcher(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
    while (m.find() && names.size() < MAX_NAMES) {
      names.add(m.group(1));
    }
  }
}
