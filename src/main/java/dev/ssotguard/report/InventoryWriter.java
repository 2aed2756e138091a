package dev.ssotguard.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Related;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * `ssot inventory` as text tables or JSON; values are redacted connection strings or references.
 */
public final class InventoryWriter {
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public void json(Inventory inventory, String version, Writer out) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.put("schemaVersion", 1);
    root.putObject("tool").put("name", "ssot-guard").put("version", version);
    ArrayNode stores = root.putArray("datastores");
    for (Inventory.Datastore d : inventory.datastores()) {
      ObjectNode n = stores.addObject();
      n.put("id", d.id());
      n.put("engine", d.engine());
      n.put("provider", d.provider());
      n.put("endpoints", d.endpoints());
      location(n.putObject("declaredAt"), d.declaredAt());
    }
    ArrayNode links = root.putArray("connections");
    for (Inventory.Link l : inventory.connections()) {
      ObjectNode n = links.addObject();
      n.put("client", l.client());
      n.put("runtime", l.runtime());
      n.put("ipv6", l.ipv6());
      n.put("datastore", l.datastore());
      n.put("engine", l.engine());
      n.put("endpoint", l.endpoint());
      n.put("value", Redaction.scrub(l.target()));
      n.put("environment", l.environment());
      location(n.putObject("location"), l.location());
      ArrayNode related = n.putArray("related");
      for (Related r : l.related()) {
        ObjectNode rn = related.addObject();
        location(rn, r.location());
        rn.put("message", Redaction.scrub(r.message()));
      }
    }
    ArrayNode promised = root.putArray("commitments");
    for (Inventory.Commitment c : inventory.commitments()) {
      ObjectNode n = promised.addObject();
      n.put("kind", c.kind());
      n.put("subject", Redaction.scrub(c.subject()));
      n.put("reason", Redaction.scrub(nullToEmpty(c.reason())));
      if (c.owner() != null) {
        n.put("owner", Redaction.scrub(c.owner()));
      }
      if (c.expires() != null) {
        n.put("expires", c.expires().toString());
      }
      if (c.expiresText() != null) {
        n.put("expiresText", Redaction.scrub(c.expiresText()));
      }
      if (c.location() != null) {
        location(n.putObject("location"), c.location());
      }
    }
    mapper.writeValue(new NonClosingWriter(out), root);
    out.write("\n");
  }

  public void text(Inventory inventory, Writer out) throws IOException {
    out.write("Datastores (" + inventory.datastores().size() + ")\n");
    table(
        out,
        List.of("DATASTORE", "ENGINE", "PROVIDER", "ENDPOINTS", "DECLARED AT"),
        inventory.datastores().stream()
            .map(d -> List.of(d.id(), d.engine(), d.provider(), d.endpoints(), at(d.declaredAt())))
            .toList());
    out.write("\nConnections (" + inventory.connections().size() + ")\n");
    table(
        out,
        List.of("CLIENT", "RUNTIME", "IPV6", "DATASTORE", "ENDPOINT", "ENV", "WHERE"),
        inventory.connections().stream()
            .map(
                l ->
                    List.of(
                        l.client(),
                        l.runtime(),
                        l.ipv6(),
                        l.datastore(),
                        l.endpoint(),
                        l.environment(),
                        at(l.location())))
            .toList());
  }

  /** Cells come from the repository: controls escaped and values clipped before measuring. */
  private static void table(Writer out, List<String> header, List<List<String>> raw)
      throws IOException {
    List<List<String>> rows =
        raw.stream().map(r -> r.stream().map(Display::text).toList()).toList();
    TextTable.write(out, header, rows, TextReporter.DEFAULT_WIDTH);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String at(Location l) {
    return l.path() + ":" + l.line();
  }

  private static void location(ObjectNode n, Location l) {
    n.put("path", l.path());
    n.put("line", l.line());
    n.put("column", l.column());
  }
}
