package dev.ssotguard.rules;

import dev.ssotguard.model.Diagnostic;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one rule reports. It stamps the rule's metadata, drops findings outside the rule's scope
 * (production-only rules never fire on test files), and keeps one finding per primary line: a value
 * several services read (one {@code .env} line) is one break to fix, not one per reader.
 * Diagnostics are kept one per line and message: two files' problems never share a line, but two
 * failed rules share the scan's start.
 */
public final class Findings {
  private final RuleInfo info;
  private final Map<String, Finding> byLine = new LinkedHashMap<>();

  public Findings(RuleInfo info) {
    this.info = info;
  }

  public void report(
      Environment environment, Location at, String message, String key, List<Related> related) {
    report(environment, at, message, key, related, info.severity());
  }

  public void report(
      Environment environment,
      Location at,
      String message,
      String key,
      List<Related> related,
      Severity severity) {
    if (!info.scope().includes(environment)) {
      return;
    }
    String line =
        at.path()
            + ":"
            + at.line()
            + (info.id().equals(Diagnostic.RULE_ID) ? "\u0000" + message : "");
    List<Related> others = new ArrayList<>();
    for (Related r : related) {
      if (!r.location().equals(at)) {
        others.add(r);
      }
    }
    byLine.putIfAbsent(
        line,
        new Finding(
            info.id(),
            info.name(),
            severity,
            message,
            at,
            others,
            fingerprint(info.id(), at.path(), key)));
  }

  public List<Finding> all() {
    return List.copyOf(byLine.values());
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
