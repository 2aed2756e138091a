package dev.ssotguard.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address or network as a firewall rule writes it ({@code 203.0.113.7}, {@code 10.0.0.0/8},
 * {@code ::/0}). Parsed textually: nothing is resolved.
 */
record Cidr(boolean ipv6, int prefixLength) {
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?");
  private static final Pattern IPV6 =
      Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*(?:/(\\d{1,3}))?");

  static Optional<Cidr> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    Matcher v4 = IPV4.matcher(t);
    if (v4.matches()) {
      for (int i = 1; i <= 4; i++) {
        if (Integer.parseInt(v4.group(i)) > 255) {
          return Optional.empty();
        }
      }
      int prefix = v4.group(5) == null ? 32 : Integer.parseInt(v4.group(5));
      return prefix > 32 ? Optional.empty() : Optional.of(new Cidr(false, prefix));
    }
    Matcher v6 = IPV6.matcher(t);
    if (v6.matches()) {
      int prefix = v6.group(1) == null ? 128 : Integer.parseInt(v6.group(1));
      return prefix > 128 ? Optional.empty() : Optional.of(new Cidr(true, prefix));
    }
    return Optional.empty();
  }

  /** Wider than the limit: every address, or an IPv4 network shorter than the policy's prefix. */
  boolean widerThan(int minimumPrefixLength) {
    return prefixLength == 0 || (!ipv6 && prefixLength < minimumPrefixLength);
  }
}
