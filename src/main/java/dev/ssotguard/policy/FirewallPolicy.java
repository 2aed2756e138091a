package dev.ssotguard.policy;

import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;

/**
 * The policy's limit on database firewall rules (§6): an {@code ip_addr} trusted source must be at
 * least this specific. The default of 1 flags only {@code 0.0.0.0/0} and {@code ::/0}.
 */
public record FirewallPolicy(int minimumPrefixLength) {
  /** The file's section over {@code base} (the built-in policy's). */
  static FirewallPolicy parse(YNode node, String file, FirewallPolicy base) throws PolicyException {
    if (node == null) {
      return base;
    }
    YMap m = node.asMap();
    if (m == null) {
      throw PolicyLoader.error(
          file,
          node.line(),
          node.column(),
          "firewall must be a mapping",
          "write firewall: {minimum_prefix_length: 24}");
    }
    int minimum = base.minimumPrefixLength();
    for (YMap.Entry e : m.entries()) {
      if (!e.name().equals("minimum_prefix_length")) {
        throw PolicyLoader.error(
            file,
            e.key().line(),
            e.key().column(),
            "unknown key '" + e.name() + "' in firewall",
            "use minimum_prefix_length (see docs/policy.md)");
      }
      String text = e.value() == null ? "" : e.value().text();
      try {
        minimum = Integer.parseInt(text == null ? "" : text.trim());
      } catch (NumberFormatException ex) {
        minimum = -1;
      }
      if (minimum < 0 || minimum > 32) {
        throw PolicyLoader.error(
            file,
            e.key().line(),
            e.key().column(),
            "minimum_prefix_length must be a whole number from 0 to 32",
            "write e.g. minimum_prefix_length: 24 to reject trusted sources wider than a /24");
      }
    }
    return new FirewallPolicy(minimum);
  }
}
