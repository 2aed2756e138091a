package dev.ssotguard.rules;

import dev.ssotguard.model.Diagnostic;
import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where one rule reports. It stamps the rule's metadata, drops findings outside the rule's scope
 * (production-only rules never fire on test files), and keeps one finding per primary line: a value
 * several services read (one {@code .env} line) is one break to fix, not one per reader.
 * Diagnostics are kept one per line and message: two files' problems never share a line, but two
 * failed rules share the scan's start.
 */
public final class Findings {
  /**
   * Related locations at most on one finding: a line many readers share stays one readable entry.
   */
  private static final int MAX_JOINED = 16;

  private final RuleInfo info;
  private final Map<String, List<Problem>> byLine = new LinkedHashMap<>();

  public Findings(RuleInfo info) {
    this.info = info;
  }

  /**
   * Reports a problem. A second problem on a line already reported is not dropped: the most serious
   * one (the first among equals) becomes the finding and the others join it as related locations
   * carrying their messages, since one line is one fix.
   *
   * @throws IllegalArgumentException when the message or key is missing (a rule bug: the runner
   *     turns it into a diagnostic)
   */
  public void report(Problem problem) {
    if (problem.message() == null || problem.key() == null) {
      throw new IllegalArgumentException("a problem needs a message and a key");
    }
    if (!info.scope().includes(problem.environment())) {
      return;
    }
    Location at = problem.at();
    String line =
        at.path()
            + ":"
            + at.line()
            + (info.id().equals(Diagnostic.RULE_ID) ? "\u0000" + problem.message() : "");
    byLine.computeIfAbsent(line, k -> new ArrayList<>(1)).add(problem);
  }

  public List<Finding> all() {
    List<Finding> all = new ArrayList<>(byLine.size());
    for (List<Problem> problems : byLine.values()) {
      all.add(finding(problems));
    }
    return List.copyOf(all);
  }

  private Finding finding(List<Problem> problems) {
    Problem primary = problems.get(0);
    for (Problem p : problems) {
      if (severity(p).compareTo(severity(primary)) < 0) {
        primary = p;
      }
    }
    Location at = primary.at();
    List<Related> related = new ArrayList<>();
    for (Related r : primary.related()) {
      if (!r.location().equals(at)) {
        related.add(r);
      }
    }
    Set<String> messages = new HashSet<>();
    messages.add(primary.message());
    for (Problem p : problems) {
      if (related.size() < MAX_JOINED && messages.add(p.message())) {
        related.add(new Related(p.at(), brief(p.message())));
      }
    }
    return new Finding(
        info.id(),
        info.name(),
        severity(primary),
        primary.text(),
        at,
        related,
        fingerprint(info.id(), at.path(), primary.key()),
        null,
        primary.fix());
  }

  /**
   * A joined problem's message up to its first {@code ": "} or {@code ". "}: the policy sentence
   * and the fix are the lead finding's already ("Superset service 'worker' keeps its metadata in
   * SQLite").
   */
  static String brief(String message) {
    int colon = message.indexOf(": ");
    int stop = message.indexOf(". ");
    int cut = colon < 0 ? stop : stop < 0 ? colon : Math.min(colon, stop);
    return cut > 0 ? message.substring(0, cut) : message;
  }

  private Severity severity(Problem p) {
    return p.severity() == null ? info.severity() : p.severity();
  }

  static String fingerprint(String rule, String path, String key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha.digest((rule + "\u0000" + path + "\u0000" + key).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
