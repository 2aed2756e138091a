package dev.ssotguard.knowledge;

import static java.util.stream.Collectors.toSet;

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
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the knowledge data files shipped in the jar, strictly: an unknown key is an error naming
 * the file, line and key, as in a policy file, so a misspelt fact cannot silently mean nothing.
 */
public final class KnowledgeLoader {
  private static final String BASE = "/dev/ssotguard/knowledge/";
  private static final Set<String> TOOL_KEYS =
      Set.of(
          "id",
          "name",
          "images",
          "selector",
          "urls",
          "secrets",
          "presence",
          "default",
          "plainPath",
          "ignored",
          "confirmed",
          "source",
          "fix",
          "host",
          "rule",
          "python_config",
          "short_name",
          "passwords",
          "setup_wizard");

  private KnowledgeLoader() {}

  /** The knowledge shipped in the jar, read once per JVM (it is immutable). */
  public static Knowledge builtin() {
    return Builtin.KNOWLEDGE;
  }

  /** Loaded on first use: the redaction boundary, the byte pre-filter and the scan share it. */
  private static final class Builtin {
    static final Knowledge KNOWLEDGE = load(KnowledgeLoader::resource);
  }

  /**
   * The knowledge in the files {@code text} gives by name (tools.yaml, credentials.yaml,
   * runtimes.yaml, datastores.yaml).
   *
   * @throws IllegalStateException naming file, line and key for a file that breaks the schema
   */
  static Knowledge load(Function<String, String> text) {
    YMap tools = read("tools.yaml", text, Set.of("tools"));
    YMap credentials =
        read(
            "credentials.yaml",
            text,
            Set.of("exact", "patterns", "secret_parameters", "switches", "free_text_keys"));
    List<Tool> list = new ArrayList<>();
    for (YNode node : seq(tools.get("tools"))) {
      list.add(tool(strict("tools.yaml", node.asMap(), TOOL_KEYS)));
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
    YMap switches =
        strict("credentials.yaml", credentials.map("switches"), Set.of("key_fragments", "values"));
    Map<String, ClientRuntime> runtimes = new LinkedHashMap<>();
    List<RuntimeMarker> markers = new ArrayList<>();
    YMap runtimesFile = read("runtimes.yaml", text, Set.of("runtimes", "ci_pipelines"));
    List<CiPipelineFiles> ci = new ArrayList<>();
    for (YNode n : seq(runtimesFile.get("ci_pipelines"))) {
      YMap p = strict("runtimes.yaml", n.asMap(), Set.of("system", "folder", "names"));
      ci.add(new CiPipelineFiles(p.text("system"), p.text("folder"), strings(p.get("names"))));
    }
    for (YMap.Entry e : runtimesFile.map("runtimes").entries()) {
      YMap r =
          strict(
              "runtimes.yaml",
              e.value().asMap(),
              Set.of("name", "ipv6", "assumed", "source", "markers"));
      for (YNode m : seq(r.get("markers"))) {
        YMap marker = strict("runtimes.yaml", m.asMap(), Set.of("file", "with", "in_folder"));
        markers.add(
            new RuntimeMarker(
                marker.text("file"), e.name(), marker.text("with"), marker.text("in_folder")));
      }
      runtimes.put(
          e.name(),
          new ClientRuntime(
              e.name(),
              r.text("name"),
              ClientRuntime.Ipv6.valueOf(r.text("ipv6").toUpperCase(Locale.ROOT)),
              "true".equals(r.text("assumed")),
              null));
    }
    YMap stores =
        read(
            "datastores.yaml",
            text,
            Set.of(
                "images",
                "image_names",
                "roles",
                "engine_settings",
                "helper_name_words",
                "db_file_engines"));
    YMap engineSettings =
        strict(
            "datastores.yaml",
            stores.map("engine_settings"),
            Set.of("keys", "sqlite_values", "env_key_endings", "env_paths"));
    YMap envPaths =
        strict(
            "datastores.yaml",
            engineSettings.map("env_paths"),
            Set.of("key_words", "sqlite_suffixes", "probable_suffixes"));
    Map<String, Engine> images = new LinkedHashMap<>();
    for (YMap.Entry e : stores.map("images").entries()) {
      images.put(e.name(), engine(e.value().text()));
    }
    Map<String, Engine> imageNames = new LinkedHashMap<>();
    for (YMap.Entry e : stores.map("image_names").entries()) {
      imageNames.put(e.name(), engine(e.value().text()));
    }
    Map<String, String> dbFileEngines = new LinkedHashMap<>();
    for (YMap.Entry e : stores.map("db_file_engines").entries()) {
      dbFileEngines.put(e.name(), e.value().text());
    }
    Map<Engine, String> roles = new LinkedHashMap<>();
    for (YMap.Entry e : stores.map("roles").entries()) {
      roles.put(engine(e.name()), e.value().text());
    }
    return new Knowledge(
        list,
        new SecretClassifier(
            exact,
            patterns,
            secretParameters,
            new SecretClassifier.Switches(
                Set.copyOf(lowerCase(strings(switches.get("key_fragments")))),
                Set.copyOf(lowerCase(strings(switches.get("values")))))),
        new Runtimes(runtimes, markers, ci),
        new DatastoreImages(
            images,
            imageNames,
            roles,
            Set.copyOf(lowerCase(strings(stores.get("helper_name_words")))),
            dbFileEngines),
        new EngineSettings(
            lowerCase(strings(engineSettings.get("keys"))),
            lowerCase(strings(engineSettings.get("sqlite_values"))),
            lowerCase(strings(engineSettings.get("env_key_endings"))),
            new EngineSettings.EnvPaths(
                lowerCase(strings(envPaths.get("key_words"))),
                strings(envPaths.get("sqlite_suffixes")),
                strings(envPaths.get("probable_suffixes")))),
        Set.copyOf(lowerCase(strings(credentials.get("free_text_keys")))));
  }

  private static Tool tool(YMap m) {
    YMap selector = strict("tools.yaml", m.map("selector"), Set.of("env", "legacy_env", "values"));
    List<String> selectors = new ArrayList<>();
    if (selector != null) {
      selectors.add(selector.text("env"));
      selectors.addAll(strings(selector.get("legacy_env")));
    }
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
        selectors,
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
        host(strict("tools.yaml", m.map("host"), Set.of("env", "default", "config"))),
        m.text("rule") == null ? "SSOT402" : m.text("rule"),
        pythonConfig(
            strict(
                "tools.yaml",
                m.map("python_config"),
                Set.of("module", "setting", "path_env", "image_path", "default_store"))),
        m.text("short_name"),
        strings(m.get("passwords")),
        strings(m.get("setup_wizard")).stream().map(KnowledgeLoader::engine).collect(toSet()));
  }

  private static Tool.PythonConfig pythonConfig(YMap c) {
    return c == null
        ? null
        : new Tool.PythonConfig(
            c.text("module"),
            c.text("setting"),
            c.text("path_env"),
            c.text("image_path"),
            c.text("default_store"));
  }

  private static Tool.Host host(YMap host) {
    if (host == null) {
      return null;
    }
    YMap config = strict("tools.yaml", host.map("config"), Set.of("env", "default"));
    return new Tool.Host(
        host.text("env"),
        host.text("default"),
        config == null ? null : config.text("env"),
        config == null ? null : config.text("default"));
  }

  static Engine engine(String name) {
    return Engine.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static Set<String> lowerCase(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return out;
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

  /** The map, after checking that it holds only {@code known} keys; null stays null. */
  private static YMap strict(String file, YMap map, Set<String> known) {
    if (map == null) {
      return null;
    }
    for (YMap.Entry e : map.entries()) {
      if (!known.contains(e.name())) {
        throw new IllegalStateException(
            "knowledge file "
                + file
                + ":"
                + e.key().line()
                + ": unknown key '"
                + e.name()
                + "'; known here: "
                + String.join(", ", new TreeSet<>(known)));
      }
    }
    return map;
  }

  private static YMap read(String name, Function<String, String> text, Set<String> known) {
    try {
      YMap root = new YamlLoader(1 << 20).load(text.apply(name)).get(0).asMap();
      if (root == null) {
        throw new IllegalStateException("knowledge file " + name + " is not a mapping");
      }
      return strict(name, root, known);
    } catch (ParseException e) {
      throw new IllegalStateException(
          "knowledge file " + name + ":" + e.line() + ": " + e.getMessage(), e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = KnowledgeLoader.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("knowledge file missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
