package dev.ssotguard.cli;

import dev.ssotguard.probe.UrlPassword;
import java.util.Optional;

/**
 * Checks a {@code --target} URL before anything is probed: percent-encoding, one host, a port of 1
 * to 65535. The problem is described without echoing the URL, which may hold a password.
 */
final class TargetUrl {
  private TargetUrl() {}

  /** What is wrong with the URL, or empty when it can be probed. */
  static Optional<String> problem(String url) {
    for (int i = url.indexOf('%'); i >= 0; i = url.indexOf('%', i + 1)) {
      if (i + 2 >= url.length() || !hex(url.charAt(i + 1)) || !hex(url.charAt(i + 2))) {
        return Optional.of("has a '%' not followed by two hex digits (bad percent-encoding)");
      }
    }
    Optional<String> found = UrlPassword.authority(url);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String authority = found.get();
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    if (hostPort.contains(",")) {
      return Optional.of("names several hosts; probe one host per --target");
    }
    String port;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        return Optional.of("has an unclosed '[' in its host");
      }
      String after = hostPort.substring(close + 1);
      if (!after.isEmpty() && !after.startsWith(":")) {
        return Optional.of("has text after its IPv6 address");
      }
      port = after.isEmpty() ? null : after.substring(1);
    } else {
      int colon = hostPort.indexOf(':');
      if (colon >= 0 && hostPort.indexOf(':', colon + 1) >= 0) {
        return Optional.of("has more than one ':' after its host (write host:port)");
      }
      port = colon < 0 ? null : hostPort.substring(colon + 1);
    }
    if (port != null) {
      boolean digits =
          !port.isEmpty() && port.length() <= 5 && port.chars().allMatch(Character::isDigit);
      if (!digits || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
        return Optional.of("has a port that is not a number from 1 to 65535");
      }
    }
    return Optional.empty();
  }

  private static boolean hex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
