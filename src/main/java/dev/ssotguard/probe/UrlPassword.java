package dev.ssotguard.probe;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The password inside a URL's user-info, for the probe only (the scan never keeps one). */
public final class UrlPassword {
  private UrlPassword() {}

  /** The authority of {@code scheme://authority/...}: up to the first '/', '?' or '#'. */
  public static Optional<String> authority(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return Optional.empty();
    }
    int start = scheme + 3;
    int end = url.length();
    for (int i = start; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    return Optional.of(url.substring(start, end));
  }

  public static Optional<String> of(String url) {
    Optional<String> found = authority(url);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String authority = found.get();
    int at = authority.lastIndexOf('@');
    if (at < 0) {
      return Optional.empty();
    }
    String userInfo = authority.substring(0, at);
    int colon = userInfo.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    return Optional.of(
        URLDecoder.decode(
            userInfo.substring(colon + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
  }
}
