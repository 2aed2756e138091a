package dev.ssotguard.resolve;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.connection.Engine;
import dev.ssotguard.extract.ConfigDbHost;
import dev.ssotguard.knowledge.Tool;
import dev.ssotguard.model.EnvValue;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.MetadataStore.Verdict;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Works out a tool container's metadata store from the knowledge base: a URL variable, a selector
 * variable, a presence variable, or the tool's default when nothing is set.
 */
final class ToolStoreResolver {
  private final ConnectionStringParser parser;

  private final ConfigFileHosts configHosts;

  ToolStoreResolver(ConnectionStringParser parser, ConfigFileHosts configHosts) {
    this.parser = parser;
    this.configHosts = configHosts;
  }

  MetadataStore resolve(Tool tool, Service s) {
    MetadataStore store = judgeStore(tool, s);
    return store.verdict() == Verdict.POSTGRESQL ? withHost(tool, s, store) : store;
  }

  /**
   * The PostgreSQL host, from the URL variable that decided, the config file the tool reads, the
   * tool's host variable, or the host the tool uses when none is set; unset when the repository
   * does not show a literal one.
   */
  private MetadataStore withHost(Tool tool, Service s, MetadataStore store) {
    for (String name : tool.urlVariables()) {
      EnvValue v = s.env().get(name);
      if (v != null && v.known()) {
        return parser
            .parse(v.value())
            .filter(cs -> cs.host() != null && !cs.host().isBlank())
            .map(cs -> store.withHost(cs.host(), v.location()))
            .orElse(store);
      }
    }
    Tool.Host host = tool.host();
    if (host == null) {
      return store;
    }
    Optional<ConfigDbHost> config = configHosts.of(s, host);
    if (config.isPresent()) {
      return store.withHost(config.get().dbHost(), config.get().location());
    }
    if (host.variable() != null) {
      EnvValue v = s.env().get(host.variable());
      if (v != null) {
        return v.known() && !v.value().contains("$")
            ? store.withHost(v.value().trim(), v.location())
            : store;
      }
    }
    return host.defaultHost() != null && s.environmentComplete()
        ? store.withHost(host.defaultHost(), s.location())
        : store;
  }

  private MetadataStore judgeStore(Tool tool, Service s) {
    for (String secret : tool.secretVariables()) {
      EnvValue v = s.env().get(secret);
      if (v != null) {
        return unknown(tool, s, v, secret + " hands the setting over in a file; not judged");
      }
    }
    for (String name : tool.urlVariables()) {
      EnvValue v = s.env().get(name);
      if (v == null) {
        continue;
      }
      if (v.value() == null || v.value().startsWith("${")) {
        return unknown(tool, s, v, name + " is not known from the repository");
      }
      // The scheme decides the engine; a password left as ${VAR} does not hide it.
      Optional<ConnectionString> cs = parser.parse(v.value());
      if (cs.isEmpty()) {
        if (!v.complete()) {
          return unknown(tool, s, v, name + " is not known from the repository");
        }
        if (tool.plainPathEngine() != null && !v.value().isBlank()) {
          return judge(
              tool,
              s,
              tool.plainPathEngine(),
              v,
              name
                  + " names a file, so "
                  + tool.name()
                  + " uses "
                  + tool.plainPathEngine().displayName());
        }
        return store(
            tool, s, Verdict.MISCONFIGURED, null, v, name + " is not a database URL", List.of());
      }
      return judge(tool, s, cs.get().engine(), v, name + " = " + cs.get().redacted());
    }
    if (tool.selectorVariable() != null) {
      EnvValue v = s.env().get(tool.selectorVariable());
      if (v != null) {
        if (!v.known()) {
          return unknown(tool, s, v, tool.selectorVariable() + " is not known from the repository");
        }
        Engine engine = tool.selectorValues().get(v.value().trim().toLowerCase(Locale.ROOT));
        if (engine == null) {
          return store(
              tool,
              s,
              Verdict.MISCONFIGURED,
              null,
              v,
              tool.selectorVariable()
                  + "="
                  + v.value().trim()
                  + " is not a value "
                  + tool.name()
                  + " accepts ("
                  + String.join(", ", tool.selectorValues().keySet())
                  + ")",
              List.of());
        }
        return judge(tool, s, engine, v, tool.selectorVariable() + "=" + v.value().trim());
      }
    }
    for (Map.Entry<String, Engine> p : tool.presence().entrySet()) {
      EnvValue v = s.env().get(p.getKey());
      if (v != null) {
        return judge(tool, s, p.getValue(), v, p.getKey() + " is set");
      }
    }
    if (tool.defaultEngine() == null || !s.environmentComplete()) {
      return store(
          tool,
          s,
          Verdict.UNKNOWN,
          null,
          s.location(),
          "no store setting is visible in the repository",
          List.of(),
          null);
    }
    List<Related> related = new ArrayList<>();
    List<String> ignoredSeen = new ArrayList<>();
    for (String ignored : tool.ignored()) {
      EnvValue v = s.env().get(ignored);
      if (v != null) {
        ignoredSeen.add(ignored);
        related.add(new Related(v.location(), ignored + " is not read by " + tool.name()));
      }
    }
    String detail =
        "nothing selects the metadata store, so "
            + tool.name()
            + " uses its default, "
            + tool.defaultEngine().displayName()
            + (ignoredSeen.isEmpty()
                ? ""
                : "; "
                    + String.join(", ", ignoredSeen)
                    + (ignoredSeen.size() == 1 ? " is" : " are")
                    + " not read by "
                    + tool.name());
    Verdict verdict =
        tool.defaultEngine() == Engine.POSTGRESQL
            ? Verdict.POSTGRESQL
            : Verdict.DEFAULT_NOT_POSTGRESQL;
    return store(
        tool,
        s,
        verdict,
        tool.defaultEngine(),
        s.location(),
        detail,
        related,
        tool.confirmed() ? null : "the tool's default could not be confirmed in its documentation");
  }

  private static MetadataStore unknown(Tool tool, Service s, EnvValue v, String why) {
    return store(tool, s, Verdict.UNKNOWN, null, v, why, List.of());
  }

  private MetadataStore judge(Tool tool, Service s, Engine engine, EnvValue v, String detail) {
    Verdict verdict = engine == Engine.POSTGRESQL ? Verdict.POSTGRESQL : Verdict.OTHER_ENGINE;
    return store(tool, s, verdict, engine, v, detail, v.related());
  }

  private static MetadataStore store(
      Tool tool,
      Service s,
      Verdict verdict,
      Engine engine,
      EnvValue v,
      String detail,
      List<Related> related) {
    return store(
        tool,
        s,
        verdict,
        engine,
        v.location(),
        detail,
        related,
        v.lowConfidence()
            ? "the value comes from an example env file because .env is absent"
            : null);
  }

  /** A store judged for a tool's service, before its host is known. */
  private static MetadataStore store(
      Tool tool,
      Service s,
      Verdict verdict,
      Engine engine,
      Location at,
      String detail,
      List<Related> related,
      String caveat) {
    return new MetadataStore(
        tool.id(),
        tool.name(),
        tool.rule(),
        s.name(),
        s.environment(),
        verdict,
        engine,
        at,
        detail,
        related,
        caveat,
        tool.fix(),
        null,
        null);
  }
}
