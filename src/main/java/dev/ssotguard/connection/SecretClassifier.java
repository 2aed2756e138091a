package dev.ssotguard.connection;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells a literal secret from a placeholder or a variable. The word lists are data (knowledge
 * base); this class only applies them.
 */
public final class SecretClassifier {
  private static final Pattern VARIABLE =
      Pattern.compile(
          "\\$\\{|\\$[A-Za-z_]|\\{\\{|%\\(|EV\\[|env\\(|ENV\\[|<%|#\\{|secrets\\.|\\$\\(|\\{[A-Za-z_][A-Za-z0-9_.]*\\}");

  private final Set<String> exact;
  private final List<Pattern> patterns;
  private final Set<String> secretParameters;
  private final Pattern parameterValue;

  /**
   * @param secretParameters query and keyword parameters that carry a secret (lower case)
   */
  public SecretClassifier(
      Set<String> exactPlaceholders,
      List<Pattern> placeholderPatterns,
      Set<String> secretParameters) {
    this.exact = Set.copyOf(exactPlaceholders);
    this.patterns = List.copyOf(placeholderPatterns);
    this.secretParameters = Set.copyOf(secretParameters);
    this.parameterValue =
        Pattern.compile(
            "(?i)((?:^|[?&;\\s])(?:"
                + secretParameters.stream()
                    .sorted(Comparator.comparing(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"))
                + ")=)(?!\\*\\*\\*\\*(?:[&;#\\s]|$))[^&;#\\s]+");
  }

  /**
   * Masks the value of every secret parameter written as {@code key=value} after a query or keyword
   * separator, wherever it sits: the parser's last line of defence when a malformed string hid its
   * query from the parser.
   */
  public String maskParameters(String text) {
    return parameterValue.matcher(text).replaceAll("$1****");
  }

  /** Whether a query or keyword-DSN parameter carries a secret (the one list, see knowledge). */
  public boolean isSecretParameter(String key) {
    return secretParameters.contains(key.toLowerCase(Locale.ROOT));
  }

  /** The parameters that carry a secret, lower case. */
  public Set<String> secretParameters() {
    return secretParameters;
  }

  public SecretState classify(String value) {
    if (value == null) {
      return SecretState.ABSENT;
    }
    String v = stripQuotes(value.trim());
    if (v.isEmpty()) {
      return SecretState.ABSENT;
    }
    if (VARIABLE.matcher(v).find()) {
      return SecretState.VARIABLE;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (exact.contains(lower)) {
      return SecretState.PLACEHOLDER;
    }
    for (Pattern p : patterns) {
      if (p.matcher(v).matches()) {
        return SecretState.PLACEHOLDER;
      }
    }
    return SecretState.LITERAL;
  }

  private static String stripQuotes(String v) {
    if (v.length() >= 2
        && (v.charAt(0) == '"' || v.charAt(0) == '\'')
        && v.charAt(v.length() - 1) == v.charAt(0)) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
