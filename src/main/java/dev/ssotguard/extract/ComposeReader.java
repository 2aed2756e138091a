package dev.ssotguard.extract;

import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import dev.ssotguard.formats.yaml.YScalar;
import dev.ssotguard.formats.yaml.YSeq;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns a parsed YAML document into a {@link ComposeFile} when it is one. */
final class ComposeReader {
  private ComposeReader() {}

  /** Whether the file name is one Compose picks up or one written for it. */
  static boolean namedLikeCompose(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.startsWith("docker-compose")
        || n.startsWith("compose.")
        || n.endsWith(".compose.yml")
        || n.endsWith(".compose.yaml");
  }

  /**
   * A note for a compose-named document Compose would reject: a top level that is not a mapping.
   * Silently skipping it would hide a service from every rule.
   */
  static void checkTopLevel(YNode doc, FactsBuilder out) {
    if (doc != null && doc.asMap() == null) {
      out.note(
          doc.line(),
          doc.column(),
          "compose file whose top level is "
              + (doc.asSeq() != null ? "a list" : "a scalar")
              + ", not a mapping: Compose rejects it, so it was not read as one");
    }
  }

  /** A note when a compose-named file's {@code services} is not a mapping (Compose rejects it). */
  static void checkServices(YMap root, FactsBuilder out) {
    YNode services = root.get("services");
    if (services != null
        && services.asMap() == null
        && (services.text() != null || services.asSeq() != null)) {
      out.note(
          services.line(),
          services.column(),
          "compose 'services' is not a mapping of services: Compose rejects this file");
    }
  }

  static boolean looksLikeCompose(String fileName, YMap root) {
    boolean named = namedLikeCompose(fileName);
    YMap services = root.map("services");
    if (services == null) {
      return named && root.get("include") != null;
    }
    if (named) {
      return true;
    }
    for (YMap.Entry e : services.entries()) {
      YMap s = e.value().asMap();
      if (s != null && (s.get("image") != null || s.get("build") != null)) {
        return true;
      }
    }
    return false;
  }

  static ComposeFile read(YMap root, FactsBuilder out) {
    List<ComposeFile.Service> services = new ArrayList<>();
    YMap map = root.map("services");
    if (map != null) {
      for (YMap.Entry e : map.entries()) {
        YMap s = e.value() == null ? null : e.value().asMap();
        if (s != null) {
          checkService(e.name(), s, out);
          services.add(service(e.key(), s, out));
        } else if (e.value() != null) {
          out.note(
              e.key().line(),
              e.key().column(),
              "compose service '" + e.name() + "' is not a mapping: Compose rejects this file");
        }
      }
    }
    List<ComposeFile.Include> includes = new ArrayList<>();
    YSeq inc = root.get("include") == null ? null : root.get("include").asSeq();
    if (inc != null) {
      for (YNode item : inc.items()) {
        if (item.text() != null) {
          includes.add(new ComposeFile.Include(item.text(), out.at(item.line(), item.column())));
        } else if (item.asMap() != null) {
          YNode path = item.asMap().get("path");
          List<YNode> paths =
              path == null
                  ? List.of()
                  : path.asSeq() != null ? path.asSeq().items() : List.of(path);
          for (YNode p : paths) {
            if (p.text() != null) {
              includes.add(new ComposeFile.Include(p.text(), out.at(p.line(), p.column())));
            }
          }
        }
      }
    }
    Set<String> ipv6 = new HashSet<>();
    YMap networks = root.map("networks");
    if (networks != null) {
      for (YMap.Entry e : networks.entries()) {
        YMap n = e.value() == null ? null : e.value().asMap();
        if (n != null && "true".equals(n.text("enable_ipv6"))) {
          ipv6.add(e.name());
        }
      }
    }
    return new ComposeFile(out.file.path(), out.environment(), services, includes, ipv6);
  }

  /** Notes for the shapes Compose rejects that would otherwise be read as nothing. */
  private static void checkService(String name, YMap s, FactsBuilder out) {
    YNode image = s.get("image");
    if (image != null && image.text() == null) {
      out.note(
          image.line(),
          image.column(),
          "compose service '" + name + "' has an image that is not a string: Compose rejects it");
    }
    YNode environment = s.get("environment");
    if (environment != null
        && environment.asMap() == null
        && environment.asSeq() == null
        && environment.text() != null) {
      out.note(
          environment.line(),
          environment.column(),
          "compose service '"
              + name
              + "' has an environment that is neither a mapping nor a list: Compose rejects it");
    }
  }

  private static ComposeFile.Service service(YScalar key, YMap s, FactsBuilder out) {
    YNode image = s.get("image");
    return new ComposeFile.Service(
        key.value() == null ? "" : key.value(),
        out.at(key.line(), key.column()),
        image == null ? null : image.text(),
        image == null ? null : out.at(image.line(), image.column()),
        build(s.get("build"), out),
        environment(s.get("environment"), out),
        envFiles(s.get("env_file"), out),
        volumes(s.get("volumes"), out),
        extendsFrom(s.get("extends"), out),
        strings(s.get("profiles")),
        networkNames(s.get("networks")),
        s.get("command") != null || s.get("entrypoint") != null,
        CommandAssignments.of(s.get("command"), s.get("entrypoint")));
  }

  private static List<ComposeFile.Variable> environment(YNode node, FactsBuilder out) {
    List<ComposeFile.Variable> vars = new ArrayList<>();
    if (node instanceof YMap m) {
      for (YMap.Entry e : m.entries()) {
        YNode v = e.value();
        String value = v == null ? null : v.text();
        int line = v instanceof YScalar sv && sv.value() != null ? sv.line() : e.key().line();
        int col = v instanceof YScalar sv2 && sv2.value() != null ? sv2.column() : e.key().column();
        vars.add(new ComposeFile.Variable(e.name(), value, out.at(line, col)));
      }
    } else if (node instanceof YSeq seq) {
      for (YNode item : seq.items()) {
        String text = item.text();
        if (text == null) {
          continue;
        }
        int eq = text.indexOf('=');
        String name = eq < 0 ? text.trim() : text.substring(0, eq).trim();
        String value = eq < 0 ? null : text.substring(eq + 1);
        vars.add(new ComposeFile.Variable(name, value, out.at(item.line(), item.column())));
      }
    }
    return vars;
  }

  private static List<ComposeFile.EnvFile> envFiles(YNode node, FactsBuilder out) {
    List<ComposeFile.EnvFile> files = new ArrayList<>();
    List<YNode> items =
        node == null ? List.of() : node.asSeq() != null ? node.asSeq().items() : List.of(node);
    for (YNode item : items) {
      if (item.text() != null) {
        files.add(new ComposeFile.EnvFile(item.text(), true, out.at(item.line(), item.column())));
      } else if (item.asMap() != null && item.asMap().text("path") != null) {
        boolean required = !"false".equals(item.asMap().text("required"));
        files.add(
            new ComposeFile.EnvFile(
                item.asMap().text("path"), required, out.at(item.line(), item.column())));
      }
    }
    return files;
  }

  private static List<ComposeFile.Volume> volumes(YNode node, FactsBuilder out) {
    List<ComposeFile.Volume> volumes = new ArrayList<>();
    YSeq seq = node == null ? null : node.asSeq();
    if (seq == null) {
      return volumes;
    }
    for (YNode item : seq.items()) {
      if (item.text() != null) {
        String[] parts = splitVolume(item.text());
        if (parts.length >= 2) {
          boolean bind =
              parts[0].startsWith(".")
                  || parts[0].startsWith("/")
                  || parts[0].startsWith("~")
                  || parts[0].startsWith("$");
          volumes.add(
              new ComposeFile.Volume(parts[0], parts[1], bind, out.at(item.line(), item.column())));
        } else if (parts.length == 1) {
          volumes.add(
              new ComposeFile.Volume("", parts[0], false, out.at(item.line(), item.column())));
        }
      } else if (item.asMap() != null) {
        YMap m = item.asMap();
        String type = m.text("type");
        String source = m.text("source") == null ? "" : m.text("source");
        String target = m.text("target");
        if (target != null) {
          volumes.add(
              new ComposeFile.Volume(
                  source, target, "bind".equals(type), out.at(item.line(), item.column())));
        }
      }
    }
    return volumes;
  }

  /** Splits {@code src:target[:mode]} without breaking Windows drive letters or interpolations. */
  private static String[] splitVolume(String spec) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < spec.length(); i++) {
      char c = spec.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == ':' && depth == 0 && !(i == 1 && Character.isLetter(spec.charAt(0)))) {
        parts.add(spec.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(spec.substring(start));
    return parts.toArray(new String[0]);
  }

  private static ComposeFile.Build build(YNode node, FactsBuilder out) {
    if (node == null) {
      return null;
    }
    if (node.text() != null) {
      return new ComposeFile.Build(node.text(), "Dockerfile", out.at(node.line(), node.column()));
    }
    YMap m = node.asMap();
    if (m == null) {
      return null;
    }
    String context = m.text("context") == null ? "." : m.text("context");
    String dockerfile = m.text("dockerfile") == null ? "Dockerfile" : m.text("dockerfile");
    return new ComposeFile.Build(context, dockerfile, out.at(node.line(), node.column()));
  }

  private static ComposeFile.Extends extendsFrom(YNode node, FactsBuilder out) {
    if (node == null) {
      return null;
    }
    if (node.text() != null) {
      return new ComposeFile.Extends(null, node.text(), out.at(node.line(), node.column()));
    }
    YMap m = node.asMap();
    return m == null || m.text("service") == null
        ? null
        : new ComposeFile.Extends(
            m.text("file"), m.text("service"), out.at(node.line(), node.column()));
  }

  /** The networks a service joins: a list of names or a map keyed by name. */
  private static List<String> networkNames(YNode node) {
    if (node instanceof YMap m) {
      return m.entries().stream().map(YMap.Entry::name).toList();
    }
    return strings(node);
  }

  private static List<String> strings(YNode node) {
    List<String> out = new ArrayList<>();
    if (node != null && node.asSeq() != null) {
      for (YNode n : node.asSeq().items()) {
        if (n.text() != null) {
          out.add(n.text());
        }
      }
    }
    return out;
  }
}
