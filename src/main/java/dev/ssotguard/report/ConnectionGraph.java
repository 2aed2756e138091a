package dev.ssotguard.report;

import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The connection matrix as a graph: clients, the endpoints they use and the datastores behind them,
 * each connection carrying the policy's verdict. The matrix's table, its Mermaid diagram and the
 * Graphviz output are drawn from it.
 *
 * @param connections the network connections, in the inventory's order
 */
public record ConnectionGraph(List<Connection> connections) {
  /** How a connection stands with the policy. */
  public enum Verdict {
    BREAKS,
    ALLOWED,
    NOT_JUDGED
  }

  /** One connection: client, endpoint, datastore, where it is written, and its verdict. */
  public record Connection(Inventory.Link link, Verdict verdict, String verdictText) {}

  public ConnectionGraph {
    connections = List.copyOf(connections);
  }

  /** The network connections of an inventory (files and memory are not connections), judged. */
  public static ConnectionGraph of(Inventory inventory, List<Finding> findings) {
    Map<String, TreeSet<String>> rulesAt = new HashMap<>();
    for (Finding f : findings) {
      if (!f.isDiagnostic() && !f.suppressed()) {
        rulesAt.computeIfAbsent(key(f.location()), k -> new TreeSet<>()).add(f.ruleId());
      }
    }
    List<Connection> out = new ArrayList<>();
    for (Inventory.Link l : inventory.connections()) {
      if (l.endpoint().equals("file") || l.endpoint().equals("memory")) {
        continue;
      }
      TreeSet<String> rules = rulesAt.getOrDefault(key(l.location()), new TreeSet<>());
      Verdict verdict =
          l.endpoint().equals("unknown")
              ? Verdict.NOT_JUDGED
              : rules.isEmpty() ? Verdict.ALLOWED : Verdict.BREAKS;
      String text =
          switch (verdict) {
            case NOT_JUDGED -> "not judged (value not visible)";
            case ALLOWED -> "allowed";
            case BREAKS -> "breaks " + String.join(", ", rules);
          };
      out.add(new Connection(l, verdict, text));
    }
    return new ConnectionGraph(out);
  }

  /** The distinct values of one column, in first-seen order, numbered for node ids. */
  static Map<String, Integer> ids(List<String> values) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (String v : values) {
      ids.putIfAbsent(v, ids.size());
    }
    return ids;
  }

  static String colour(Verdict v) {
    return switch (v) {
      case BREAKS -> "#c62828";
      case ALLOWED -> "#2e7d32";
      case NOT_JUDGED -> "#888888";
    };
  }

  private static String key(Location l) {
    return l.path() + ":" + l.line();
  }
}
