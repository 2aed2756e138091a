package dev.ssotguard.rules;

import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Evidence;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Severity;
import java.util.List;

/**
 * One problem a rule reports, built by name: {@code Problem.at(location,
 * environment).message(text).key(identity)}, with related locations and a severity other than the
 * rule's when there are any.
 *
 * @param at the line to fix
 * @param environment where the file belongs (a production-only rule drops the rest)
 * @param message what is wrong (and, for rules that do not name it apart, the fix)
 * @param fix what to do about it, or null; reports put it after the message (a terminal on its own
 *     line)
 * @param key what identifies the problem in its file across edits (the fingerprint's input)
 * @param related other places that explain it
 * @param severity the severity, or null for the rule's
 */
public record Problem(
    Location at,
    Environment environment,
    String message,
    String key,
    List<Related> related,
    Severity severity,
    String fix) {
  public Problem {
    related = List.copyOf(related);
  }

  public static Problem at(Location at, Environment environment) {
    return new Problem(at, environment, null, null, List.of(), null, null);
  }

  public Problem message(String text) {
    return new Problem(at, environment, text, key, related, severity, fix);
  }

  /** The fix, said apart from what is wrong: one sentence, no trailing period. */
  public Problem fix(String text) {
    return new Problem(at, environment, message, key, related, severity, text);
  }

  public Problem key(String identity) {
    return new Problem(at, environment, message, identity, related, severity, fix);
  }

  public Problem related(List<Related> others) {
    return new Problem(at, environment, message, key, others, severity, fix);
  }

  /** Evidence from the model, put into words, as the related locations. */
  public Problem evidence(List<Evidence> evidence) {
    return related(Wording.related(evidence));
  }

  public Problem severity(Severity level) {
    return new Problem(at, environment, message, key, related, level, fix);
  }

  /** The message with its fix after it, as every report but the terminal's shows it. */
  String text() {
    return fix == null ? message : message + " " + fix;
  }
}
