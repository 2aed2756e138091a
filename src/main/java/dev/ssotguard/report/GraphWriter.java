package dev.ssotguard.report;

import java.util.List;
import java.util.Map;

/**
 * The connection graph as Mermaid (GitHub draws it in Markdown) and as Graphviz DOT: clients →
 * endpoints → datastores, each edge coloured by its verdict. Labels are escaped for each language,
 * so a repository's names cannot end a label or add a statement.
 */
public final class GraphWriter {
  private GraphWriter() {}

  public static String mermaid(ConnectionGraph graph) {
    StringBuilder m = new StringBuilder("```mermaid\nflowchart LR\n");
    Ids ids = ids(graph);
    ids.clients.forEach((name, i) -> node(m, "c" + i, name));
    ids.endpoints.forEach((name, i) -> node(m, "e" + i, name));
    ids.datastores.forEach((name, i) -> node(m, "d" + i, name));
    int edge = 0;
    StringBuilder styles = new StringBuilder();
    for (ConnectionGraph.Connection c : graph.connections()) {
      String client = "c" + ids.clients.get(Display.text(c.link().client()));
      String endpoint = "e" + ids.endpoints.get(Display.text(c.link().endpoint()));
      String store = "d" + ids.datastores.get(Display.text(c.link().datastore()));
      String label = mermaidText(c.verdictText());
      m.append("  ").append(client).append(" -->|\"").append(label).append("\"| ").append(endpoint);
      m.append('\n');
      m.append("  ").append(endpoint).append(" --> ").append(store).append('\n');
      for (int k = 0; k < 2; k++) {
        styles
            .append("  linkStyle ")
            .append(edge++)
            .append(" stroke:")
            .append(ConnectionGraph.colour(c.verdict()))
            .append(",stroke-width:2px\n");
      }
    }
    if (graph.connections().isEmpty()) {
      m.append("  none[\"no connections found\"]\n");
    }
    return m.append(styles).append("```\n").toString();
  }

  public static String dot(ConnectionGraph graph) {
    StringBuilder d =
        new StringBuilder("digraph connections {\n  rankdir=LR;\n  node [shape=box];\n");
    Ids ids = ids(graph);
    ids.clients.forEach(
        (name, i) ->
            d.append("  c").append(i).append(" [label=").append(dotText(name)).append("];\n"));
    ids.endpoints.forEach(
        (name, i) ->
            d.append("  e")
                .append(i)
                .append(" [label=")
                .append(dotText(name))
                .append(", shape=ellipse];\n"));
    ids.datastores.forEach(
        (name, i) ->
            d.append("  d")
                .append(i)
                .append(" [label=")
                .append(dotText(name))
                .append(", shape=cylinder];\n"));
    for (ConnectionGraph.Connection c : graph.connections()) {
      String colour = ConnectionGraph.colour(c.verdict());
      d.append("  c")
          .append(ids.clients.get(Display.text(c.link().client())))
          .append(" -> e")
          .append(ids.endpoints.get(Display.text(c.link().endpoint())))
          .append(" [color=\"")
          .append(colour)
          .append("\", label=")
          .append(dotText(c.verdictText()))
          .append("];\n  e")
          .append(ids.endpoints.get(Display.text(c.link().endpoint())))
          .append(" -> d")
          .append(ids.datastores.get(Display.text(c.link().datastore())))
          .append(" [color=\"")
          .append(colour)
          .append("\"];\n");
    }
    return d.append("}\n").toString();
  }

  private record Ids(
      Map<String, Integer> clients,
      Map<String, Integer> endpoints,
      Map<String, Integer> datastores) {}

  private static Ids ids(ConnectionGraph graph) {
    List<ConnectionGraph.Connection> cs = graph.connections();
    return new Ids(
        ConnectionGraph.ids(cs.stream().map(c -> Display.text(c.link().client())).toList()),
        ConnectionGraph.ids(cs.stream().map(c -> Display.text(c.link().endpoint())).toList()),
        ConnectionGraph.ids(cs.stream().map(c -> Display.text(c.link().datastore())).toList()));
  }

  private static void node(StringBuilder m, String id, String name) {
    m.append("  ").append(id).append("[\"").append(mermaidText(name)).append("\"]\n");
  }

  /** Mermaid label text: quotes and the characters Mermaid or HTML read are entity codes. */
  static String mermaidText(String s) {
    StringBuilder out = new StringBuilder();
    for (char ch : Display.text(s).toCharArray()) {
      switch (ch) {
        case '"' -> out.append("#quot;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '&' -> out.append("#amp;");
        case '#' -> out.append("#35;");
        case '|' -> out.append("#124;");
        case '`' -> out.append("#96;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  /** A DOT string: quoted, with backslashes and quotes escaped. */
  static String dotText(String s) {
    return "\"" + Display.text(s).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
