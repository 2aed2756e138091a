package dev.ssotguard.connection;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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

  private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");

  /**
   * One whole {@code ${NAME<op>default}} with a default value (not {@code :?} or {@code :+}).
   * Spring's {@code ${NAME:default}} form does not take a number: {@code ${password:32}} is a
   * template generator's "32 random characters" (Dokploy), not a default.
   */
  private static final Pattern FALLBACK =
      Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_.]*(?::-|:=|-|=|:(?![?+])(?!\\d+}))([^{}$]*)}");

  private final Set<String> exact;
  private final List<Pattern> patterns;
  private final Set<String> secretParameters;
  private final Pattern parameterValue;
  private final Switches switches;

  /**
   * Settings named like a password that turn something on or off or tune it: a key holding one of
   * {@code keyFragments} (lower case, without {@code -} and {@code _}) with one of {@code values}
   * or a number ({@code PASSWORD_MIN_LENGTH: 12}); {@code true} and {@code false} under any key.
   */
  public record Switches(Set<String> keyFragments, Set<String> values) {
    public Switches {
      keyFragments = Set.copyOf(keyFragments);
      values = Set.copyOf(values);
    }

    boolean matches(String key, String value) {
      String v = stripQuotes(value.trim()).toLowerCase(Locale.ROOT);
      if (v.equals("true") || v.equals("false")) {
        return true;
      }
      if (!values.contains(v) && !NUMBER.matcher(v).matches()) {
        return false;
      }
      String k = key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
      return keyFragments.stream().anyMatch(k::contains);
    }
  }

  /**
   * @param secretParameters query and keyword parameters that carry a secret (lower case)
   */
  public SecretClassifier(
      Set<String> exactPlaceholders,
      List<Pattern> placeholderPatterns,
      Set<String> secretParameters,
      Switches switches) {
    this.switches = switches;
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

  /**
   * The state of a value set under a password-named key: a switch ({@code
   * MARIADB_RANDOM_ROOT_PASSWORD: "yes"}) is a placeholder, not a secret.
   */
  public SecretState classify(String key, String value) {
    SecretState state = classify(value);
    Matcher fallback = value == null ? null : FALLBACK.matcher(stripQuotes(value.trim()));
    String effective = fallback != null && fallback.matches() ? fallback.group(1) : value;
    return state == SecretState.LITERAL && switches.matches(key, effective)
        ? SecretState.PLACEHOLDER
        : state;
  }

  public SecretState classify(String value) {
    if (value == null) {
      return SecretState.ABSENT;
    }
    String v = stripQuotes(value.trim());
    if (v.isEmpty()) {
      return SecretState.ABSENT;
    }
    Matcher fallback = FALLBACK.matcher(v);
    if (fallback.matches() && !fallback.group(1).isEmpty()) {
      // ${DB_PASSWORD:-s3cret} (compose, shell) or ${DB_PASSWORD:s3cret} (Spring): the default is
      // committed, and used wherever the variable is unset.
      return classify(fallback.group(1));
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
