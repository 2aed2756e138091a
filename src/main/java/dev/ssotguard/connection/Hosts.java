package dev.ssotguard.connection;

import java.util.Locale;
import java.util.regex.Pattern;

/** Classifies host names the way the rules need: local, private, remote or unknown. */
public final class Hosts {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final Pattern SUPABASE_DIRECT = Pattern.compile("db\\.[a-z0-9-]+\\.supabase\\.co");
  private static final String[] INTERNAL_SUFFIXES = {
    ".local", ".internal", ".localhost", ".svc", ".cluster.local", ".lan", ".home.arpa"
  };

  private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9._/-]+");
  private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9A-Fa-f:.%a-z]+]");
  private static final Pattern CONFIG_VARIABLE =
      Pattern.compile(
          "[A-Za-z0-9._-]*(?:\\$\\{[^{}]*(?:\\{[^{}]*}[^{}]*)?}|\\$[A-Za-z_][A-Za-z0-9_]*|\\{\\{[^{}]*}}|<%=?[^%]*%>|<[A-Za-z0-9_ -]+>)[A-Za-z0-9._-]*");

  private static final String[] RESERVED_DOMAINS = {"example.com", "example.net", "example.org"};
  private static final String[] RESERVED_TLDS = {"test", "example", "invalid", "localhost"};

  private Hosts() {}

  /** The host holds a template or variable, so it is not known until run time. */
  public static boolean isVariable(String host) {
    return host.contains("$") || host.contains("{") || host.contains("%(") || host.contains("<");
  }

  /**
   * Whether a URL's host is a host a client could reach — a name, an IPv4 or bracketed IPv6
   * address, a socket path — or one variable of a configuration system whose value is a host:
   * {@code ${HOST}}, {@code $HOST}, {@code {{ .Values.host }}}, {@code <%= ENV["HOST"] %>}, a
   * {@code <host>} placeholder. Code templates ({@code {h}}, {@code %s}, {@code %(h)s}, {@code
   * #{h}}, {@code {$this->h}}) and regular expressions are neither.
   */
  public static boolean isHostOrConfigVariable(String host) {
    if (host.isEmpty() || CONFIG_VARIABLE.matcher(host).matches()) {
      return true;
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      return IPV6_LITERAL.matcher(host).matches();
    }
    return HOST_NAME.matcher(host).matches();
  }

  /**
   * Loopback, a socket path, a single-label name (a compose or k8s service) or an internal name.
   */
  public static boolean isLocal(String rawHost) {
    String host = normalize(rawHost);
    if (host.isEmpty() || host.startsWith("/") || host.startsWith("@")) {
      return true;
    }
    if (host.equals("localhost")
        || host.equals("::1")
        || host.equals("0.0.0.0")
        || host.startsWith("127.")
        || host.equals("host.docker.internal")) {
      return true;
    }
    if (!host.contains(".") && !host.contains(":")) {
      return true;
    }
    for (String suffix : INTERNAL_SUFFIXES) {
      if (host.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  public static boolean isPrivateIp(String rawHost) {
    String host = normalize(rawHost);
    if (!IPV4.matcher(host).matches()) {
      return host.startsWith("fd") || host.startsWith("fc") || host.startsWith("fe80");
    }
    String[] octets = host.split("\\.", -1);
    int a = Integer.parseInt(octets[0]);
    int b = Integer.parseInt(octets[1]);
    return a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) || a == 169;
  }

  /** A provider host, any FQDN or a public IP: a credential for it is usable from anywhere. */
  public static boolean isRemote(String rawHost) {
    return !rawHost.isBlank()
        && !isVariable(rawHost)
        && !isLocal(rawHost)
        && !isPrivateIp(rawHost)
        && !isReservedForDocumentation(rawHost);
  }

  /**
   * Names and addresses that can never be a real server: RFC 2606's example.com/.net/.org and the
   * .test, .example, .invalid and .localhost top-level domains, RFC 5737's documentation networks
   * (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) and RFC 3849's 2001:db8::/32. Protocol facts,
   * not tunable knowledge, so they live here rather than in a data file.
   */
  public static boolean isReservedForDocumentation(String rawHost) {
    String host = normalize(rawHost);
    for (String domain : RESERVED_DOMAINS) {
      if (host.equals(domain) || host.endsWith("." + domain)) {
        return true;
      }
    }
    for (String tld : RESERVED_TLDS) {
      if (host.endsWith("." + tld) || host.equals(tld)) {
        return true;
      }
    }
    return host.startsWith("192.0.2.")
        || host.startsWith("198.51.100.")
        || host.startsWith("203.0.113.")
        || host.startsWith("2001:db8:");
  }

  public static boolean isSupabaseDirect(String rawHost) {
    return SUPABASE_DIRECT.matcher(normalize(rawHost)).matches();
  }

  public static boolean isSupabasePooler(String rawHost) {
    return normalize(rawHost).endsWith(".pooler.supabase.com");
  }

  public static boolean isDigitalOceanManaged(String rawHost) {
    return normalize(rawHost).endsWith(".db.ondigitalocean.com");
  }

  static String normalize(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }
}
