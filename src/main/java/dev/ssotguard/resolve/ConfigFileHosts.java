package dev.ssotguard.resolve;

import dev.ssotguard.extract.ConfigDbHost;
import dev.ssotguard.extract.FileFacts;
import dev.ssotguard.knowledge.Tool;
import dev.ssotguard.model.EnvValue;
import dev.ssotguard.model.Service;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code db_host} of the config file a service's tool reads, when the repository mounts that
 * file (or its folder) into the container. For Odoo the image's entrypoint passes {@code --db_host}
 * from {@code HOST} only when the config at {@code $ODOO_RC} does not set it, so the file decides.
 */
final class ConfigFileHosts {
  private final Map<String, ConfigDbHost> byPath = new HashMap<>();

  ConfigFileHosts(List<FileFacts> facts) {
    for (FileFacts f : facts) {
      if (f.configDbHost() != null) {
        byPath.put(f.file().path(), f.configDbHost());
      }
    }
  }

  Optional<ConfigDbHost> of(Service s, Tool.Host host) {
    if (host.defaultConfig() == null) {
      return Optional.empty();
    }
    EnvValue rc = host.configVariable() == null ? null : s.env().get(host.configVariable());
    String target = rc != null && rc.known() ? rc.value().trim() : host.defaultConfig();
    for (Service.Mount m : s.mounts()) {
      if (m.hostPath() == null) {
        continue;
      }
      String mounted = stripSlash(m.target());
      String path = null;
      if (mounted.equals(target)) {
        path = m.hostPath();
      } else if (target.startsWith(mounted + "/")) {
        path = m.hostPath() + target.substring(mounted.length());
      }
      if (path != null && byPath.containsKey(path)) {
        return Optional.of(byPath.get(path));
      }
    }
    return Optional.empty();
  }

  private static String stripSlash(String p) {
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
