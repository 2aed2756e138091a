package dev.ssotguard.cli;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.Engine;
import dev.ssotguard.connection.Hosts;
import dev.ssotguard.model.ClientRuntime;
import dev.ssotguard.model.Connection;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The probe's targets from a scan: network connections whose host the repository writes out. */
final class InventoryTargets {
  private static final Set<Engine> PROBED = Set.of(Engine.POSTGRESQL, Engine.MYSQL, Engine.MARIADB);

  /**
   * One endpoint, with the repository's clients of it that have no IPv6.
   *
   * @param declaredAt the first place the repository writes it
   */
  record Target(ConnectionString target, List<String> ipv4OnlyClients, Location declaredAt) {}

  private InventoryTargets() {}

  static List<Target> of(Model model) {
    Map<String, ConnectionString> byEndpoint = new LinkedHashMap<>();
    Map<String, Location> declared = new LinkedHashMap<>();
    Map<String, List<String>> ipv4Only = new LinkedHashMap<>();
    for (Connection c : model.connections()) {
      ConnectionString cs = c.target();
      if (cs == null
          || !PROBED.contains(cs.engine())
          || cs.host().isEmpty()
          || Hosts.isVariable(cs.host())) {
        continue;
      }
      String key = cs.engine() + "://" + cs.host() + ":" + cs.port() + "/" + cs.database();
      byEndpoint.putIfAbsent(key, cs);
      declared.putIfAbsent(key, c.location());
      List<String> clients = ipv4Only.computeIfAbsent(key, k -> new ArrayList<>());
      if (c.runtime() != null
          && c.runtime().ipv6() == ClientRuntime.Ipv6.NO
          && !clients.contains(c.client())) {
        clients.add(c.client());
      }
    }
    List<Target> targets = new ArrayList<>();
    byEndpoint.forEach(
        (key, cs) -> targets.add(new Target(cs, ipv4Only.get(key), declared.get(key))));
    return targets;
  }
}
