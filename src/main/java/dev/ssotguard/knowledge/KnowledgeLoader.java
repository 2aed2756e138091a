package dev.ssotguard.knowledge;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.connection.SecretClassifier;
import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import dev.ssotguard.formats.yaml.YSeq;
import dev.ssotguard.formats.yaml.YamlLoader;
import dev.ssotguard.model.ClientRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the knowledge data files shipped in the jar. */
public final class KnowledgeLoader {
  private static final String BASE = "/dev/ssotguard/knowledge/";

  private KnowledgeLoader() {}

  public static Knowledge builtin() {
    YMap tools = read("tools.yaml");
    YMap credentials = read("credentials.yaml");
    List<Tool> list = new ArrayList<>();
    for (YNode node : seq(tools.get("tools"))) {
      list.add(tool(node.asMap()));
    }
    Set<String> exact = new HashSet<>();
    for (YNode n : seq(credentials.get("exact"))) {
      exact.add(n.text() == null ? "" : n.text().toLowerCase(Locale.ROOT));
    }
    List<Pattern> patterns = new ArrayList<>();
    for (YNode n : seq(credentials.get("patterns"))) {
      patterns.add(Pattern.compile(n.text()));
    }
    Set<String> secretParameters = new HashSet<>();
    for (YNode n : seq(credentials.get("secret_parameters"))) {
      secretParameters.add(n.text().toLowerCase(Locale.ROOT));
    }
    Map<String, ClientRuntime> runtimes = new LinkedHashMap<>();
    for (YMap.Entry e : read("runtimes.yaml").map("runtimes").entries()) {
      YMap r = e.value().asMap();
      runtimes.put(
          e.name(),
          new ClientRuntime(
              e.name(),
              r.text("name"),
              ClientRuntime.Ipv6.valueOf(r.text("ipv6").toUpperCase(Locale.ROOT)),
              "true".equals(r.text("assumed")),
              null));
    }
    YMap stores = read("datastores.yaml");
    Map<String, Engine> images = new LinkedHashMap<>();
    for (YMap.Entry e : stores.map("images").entries()) {
      images.put(e.name(), engine(e.value().text()));
    }
    Map<Engine, String> roles = new LinkedHashMap<>();
    for (YMap.Entry e : stores.map("roles").entries()) {
      roles.put(engine(e.name()), e.value().text());
    }
    return new Knowledge(
        list,
        new SecretClassifier(exact, patterns, secretParameters),
        new Runtimes(runtimes),
        new DatastoreImages(images, roles));
  }

  private static Tool tool(YMap m) {
    YMap selector = m.map("selector");
    Map<String, Engine> values = new LinkedHashMap<>();
    if (selector != null && selector.map("values") != null) {
      for (YMap.Entry e : selector.map("values").entries()) {
        values.put(e.name().toLowerCase(Locale.ROOT), engine(e.value().text()));
      }
    }
    Map<String, Engine> presence = new LinkedHashMap<>();
    if (m.map("presence") != null) {
      for (YMap.Entry e : m.map("presence").entries()) {
        presence.put(e.name(), engine(e.value().text()));
      }
    }
    return new Tool(
        m.text("id"),
        m.text("name"),
        strings(m.get("images")),
        selector == null ? null : selector.text("env"),
        values,
        strings(m.get("urls")),
        strings(m.get("secrets")),
        presence,
        m.text("default") == null ? null : engine(m.text("default")),
        m.text("plainPath") == null ? null : engine(m.text("plainPath")),
        strings(m.get("ignored")),
        !"false".equals(m.text("confirmed")),
        m.text("source"),
        m.text("fix"),
        host(m.map("host")));
  }

  private static Tool.Host host(YMap host) {
    if (host == null) {
      return null;
    }
    YMap config = host.map("config");
    return new Tool.Host(
        host.text("env"),
        host.text("default"),
        config == null ? null : config.text("env"),
        config == null ? null : config.text("default"));
  }

  static Engine engine(String name) {
    return Engine.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static List<String> strings(YNode node) {
    List<String> out = new ArrayList<>();
    for (YNode n : seq(node)) {
      out.add(n.text());
    }
    return out;
  }

  private static List<YNode> seq(YNode node) {
    YSeq s = node == null ? null : node.asSeq();
    return s == null ? List.of() : s.items();
  }

  private static YMap read(String name) {
    try (InputStream in = KnowledgeLoader.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("knowledge file missing from the jar: " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new YamlLoader(1 << 20).load(text).get(0).asMap();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException(
          "knowledge file " + name + ":" + e.line() + ": " + e.getMessage(), e);
    }
  }
}
