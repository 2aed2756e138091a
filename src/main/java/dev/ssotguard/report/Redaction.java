package dev.ssotguard.report;

import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Related;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The last redaction boundary: rules build messages from redacted parts, and every message is
 * scrubbed once more here, so a password in a URL or a {@code password=} pair cannot reach output.
 */
final class Redaction {
  private static final Pattern URL_PASSWORD =
      Pattern.compile("(://[^/@\\s:]{0,256}:)(?!\\*\\*\\*\\*@)[^@\\s/]{1,512}@");
  private static final Pattern KEY_PASSWORD =
      Pattern.compile("(?i)\\b(password|passwd|pwd|pass|p)=(?!\\*\\*\\*\\*)[^&\\s;'\"]{1,512}");

  private Redaction() {}

  /** Masks passwords, then clips long values (masking first: a cut could hide the '@'). */
  static String scrub(String message) {
    String m = URL_PASSWORD.matcher(message).replaceAll("$1****@");
    return Display.clip(KEY_PASSWORD.matcher(m).replaceAll("$1=****"));
  }

  static Finding scrub(Finding f) {
    List<Related> related = new ArrayList<>();
    for (Related r : f.related()) {
      related.add(new Related(r.location(), scrub(r.message())));
    }
    return new Finding(
        f.ruleId(),
        f.ruleName(),
        f.severity(),
        scrub(f.message()),
        f.location(),
        related,
        f.fingerprint(),
        f.suppression());
  }
}
