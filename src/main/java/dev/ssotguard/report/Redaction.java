package dev.ssotguard.report;

import dev.ssotguard.connection.UserInfoMask;
import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Related;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The last redaction boundary: rules build messages from redacted parts, and every message is
 * scrubbed once more here, so a password in a URL or a {@code password=} pair cannot reach output.
 */
public final class Redaction {
  /**
   * {@code key=value} for every secret-bearing parameter: the one list in knowledge
   * (credentials.yaml), loaded once.
   */
  private static final class SecretParameters {
    static final Pattern KEY_PASSWORD =
        Pattern.compile(
            "(?i)\\b("
                + KnowledgeLoader.builtin().secrets().secretParameters().stream()
                    .sorted(Comparator.comparing(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"))
                + ")=(?!\\*\\*\\*\\*)[^&\\s;'\"]{1,512}");
  }

  private Redaction() {}

  /** Masks passwords, then clips long values (masking first: a cut could hide the '@'). */
  static String scrub(String message) {
    String m = UserInfoMask.everywhere(message);
    return Display.clip(SecretParameters.KEY_PASSWORD.matcher(m).replaceAll("$1=****"));
  }

  /**
   * True when {@code value} holds what this boundary would mask: a password in a URL's user
   * information or a secret-bearing {@code key=value} pair. The organisation server refuses uploads
   * holding one, so a report written by anything but this boundary cannot store a secret.
   */
  public static boolean holdsPassword(String value) {
    return !UserInfoMask.everywhere(value).equals(value)
        || SecretParameters.KEY_PASSWORD.matcher(value).find();
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
        f.suppression(),
        f.fix() == null ? null : scrub(f.fix()));
  }
}
