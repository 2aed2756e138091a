package dev.ssotguard.resolve;

import dev.ssotguard.extract.FileFacts;
import dev.ssotguard.extract.OdooConfig;
import dev.ssotguard.model.EnvValue;
import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.Service;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Odoo image's entrypoint passes {@code --db_host} from {@code HOST} only when the config file
 * at {@code $ODOO_RC} (default {@code /etc/odoo/odoo.conf}) does not set {@code db_host}; a config
 * mounted from the repository therefore decides.
 */
final class OdooConfigHosts {
  private static final String DEFAULT_RC = "/etc/odoo/odoo.conf";

  private final Map<String, OdooConfig> byPath = new HashMap<>();

  OdooConfigHosts(List<FileFacts> facts) {
    for (FileFacts f : facts) {
      if (f.odoo() != null) {
        byPath.put(f.file().path(), f.odoo());
      }
    }
  }

  MetadataStore apply(Service s, MetadataStore store) {
    return config(s).map(c -> store.withHost(c.dbHost(), c.location())).orElse(store);
  }

  private Optional<OdooConfig> config(Service s) {
    EnvValue rc = s.env().get("ODOO_RC");
    String target = rc != null && rc.known() ? rc.value().trim() : DEFAULT_RC;
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
