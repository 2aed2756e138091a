package dev.ssotguard.resolve;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.connection.Engine;
import dev.ssotguard.extract.ConfigDbHost;
import dev.ssotguard.knowledge.Tool;
import dev.ssotguard.model.Caveat;
import dev.ssotguard.model.EnvValue;
import dev.ssotguard.model.Evidence;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.MetadataStore.Verdict;
import dev.ssotguard.model.Service;
import dev.ssotguard.model.StoreReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Works out a tool container's metadata store from the knowledge base: a URL variable, a selector
 * variable, a presence variable, or the tool's default when nothing is set.
 */
final class ToolStoreResolver {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$[A-Za-z_]");

  private final ConnectionStringParser parser;

  private final ConfigFileHosts configHosts;

  /** The engines of the datastore containers each compose or manifest file deploys. */
  private final Map<String, Set<Engine>> deployedByFile;

  ToolStoreResolver(
      ConnectionStringParser parser,
      ConfigFileHosts configHosts,
      Map<String, Set<Engine>> deployedByFile) {
    this.parser = parser;
    this.configHosts = configHosts;
    this.deployedByFile = Map.copyOf(deployedByFile);
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
    Optional<String> inCommand = assignedByCommand(tool, s);
    if (inCommand.isPresent()) {
      return unjudged(tool, s, new StoreReason.SetInCommand(inCommand.get()));
    }
    for (String secret : tool.secretVariables()) {
      EnvValue v = s.env().get(secret);
      if (v != null) {
        return unknown(tool, s, v, new StoreReason.SecretFile(secret));
      }
    }
    for (String name : tool.urlVariables()) {
      EnvValue v = s.env().get(name);
      if (v == null) {
        continue;
      }
      if (v.value() == null || isPlaceholder(v.value())) {
        return unknown(tool, s, v, new StoreReason.NotKnown(name));
      }
      // The scheme decides the engine; a password left as ${VAR} does not hide it.
      Optional<ConnectionString> cs = parser.parse(v.value());
      if (cs.isEmpty()) {
        if (!v.complete()) {
          return unknown(tool, s, v, new StoreReason.NotKnown(name));
        }
        if (tool.plainPathEngine() != null && !v.value().isBlank()) {
          return judge(
              tool,
              s,
              tool.plainPathEngine(),
              v,
              new StoreReason.NamesFile(name, tool.plainPathEngine()));
        }
        return store(
            tool,
            s,
            Verdict.MISCONFIGURED,
            null,
            v,
            new StoreReason.NotDatabaseUrl(name),
            List.of());
      }
      return judge(
          tool,
          s,
          cs.get().engine(),
          v,
          new StoreReason.UrlSetting(name, cs.get().redacted(), List.of()));
    }
    for (String selector : tool.selectorVariables()) {
      EnvValue v = s.env().get(selector);
      if (v != null) {
        if (!v.known() || isPlaceholder(v.value())) {
          return unknown(tool, s, v, new StoreReason.NotKnown(selector));
        }
        Engine engine = tool.selectorValues().get(v.value().trim().toLowerCase(Locale.ROOT));
        if (engine == null) {
          return store(
              tool,
              s,
              Verdict.MISCONFIGURED,
              null,
              v,
              new StoreReason.SelectorRejected(
                  selector, v.value().trim(), List.copyOf(tool.selectorValues().keySet())),
              List.of());
        }
        return judge(tool, s, engine, v, new StoreReason.SelectorValue(selector, v.value().trim()));
      }
    }
    for (Map.Entry<String, Engine> p : tool.presence().entrySet()) {
      EnvValue v = s.env().get(p.getKey());
      if (v != null) {
        return judge(tool, s, p.getValue(), v, new StoreReason.PresenceSet(p.getKey()));
      }
    }
    if (tool.defaultEngine() != null && choosesNothing(tool)) {
      return store(
          tool,
          s,
          tool.defaultEngine() == Engine.POSTGRESQL
              ? Verdict.POSTGRESQL
              : Verdict.DEFAULT_NOT_POSTGRESQL,
          tool.defaultEngine(),
          s.location(),
          new StoreReason.OnlyEngine(tool.defaultEngine()),
          List.of(),
          tool.confirmed() ? null : Caveat.UNCONFIRMED_DEFAULT);
    }
    Optional<Engine> offered = offeredBeside(tool, s);
    if (offered.isPresent()) {
      return unjudged(tool, s, new StoreReason.ChosenInSetup(offered.get()));
    }
    if (tool.defaultEngine() == null || !s.environmentComplete()) {
      return unjudged(tool, s, new StoreReason.NoSetting());
    }
    List<Evidence> evidence = new ArrayList<>();
    List<String> ignoredSeen = new ArrayList<>();
    for (String ignored : tool.ignored()) {
      EnvValue v = s.env().get(ignored);
      if (v != null) {
        ignoredSeen.add(ignored);
        evidence.add(new Evidence.NotReadByTool(v.location(), ignored, tool.name()));
      }
    }
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
        new StoreReason.ToolDefault(tool.defaultEngine(), ignoredSeen),
        evidence,
        tool.confirmed() ? null : Caveat.UNCONFIRMED_DEFAULT);
  }

  /** An engine the tool's setup wizard offers that the service's own file deploys beside it. */
  private Optional<Engine> offeredBeside(Tool tool, Service s) {
    Set<Engine> deployed = deployedByFile.getOrDefault(s.location().path(), Set.of());
    return tool.wizardEngines().stream().filter(deployed::contains).sorted().findFirst();
  }

  /** A tool with no setting that chooses its engine runs on its one engine whatever is set. */
  private static boolean choosesNothing(Tool tool) {
    return tool.urlVariables().isEmpty()
        && tool.selectorVariables().isEmpty()
        && tool.presence().isEmpty()
        && tool.secretVariables().isEmpty();
  }

  /** A setting the tool reads that the service's command assigns, which wins over its env. */
  private static Optional<String> assignedByCommand(Tool tool, Service s) {
    List<String> read = new ArrayList<>(tool.secretVariables());
    read.addAll(tool.urlVariables());
    read.addAll(tool.selectorVariables());
    read.addAll(tool.presence().keySet());
    return read.stream().filter(s.commandAssigns()::contains).findFirst();
  }

  /**
   * A value an installer or the shell fills in later: ${VAR}, or $name — what compose leaves of an
   * escaped $$cap_name (CapRover's install-time variables) or a template's own $VAR.
   */
  private static boolean isPlaceholder(String value) {
    String v = value.trim();
    return v.startsWith("${") || PLACEHOLDER.matcher(v).lookingAt();
  }

  /** Not judged, for a reason that is the service's as a whole rather than one setting's. */
  private static MetadataStore unjudged(Tool tool, Service s, StoreReason why) {
    return store(tool, s, Verdict.UNKNOWN, null, s.location(), why, List.of(), null);
  }

  private static MetadataStore unknown(Tool tool, Service s, EnvValue v, StoreReason why) {
    return store(tool, s, Verdict.UNKNOWN, null, v, why, List.of());
  }

  private MetadataStore judge(Tool tool, Service s, Engine engine, EnvValue v, StoreReason reason) {
    Verdict verdict = engine == Engine.POSTGRESQL ? Verdict.POSTGRESQL : Verdict.OTHER_ENGINE;
    return store(tool, s, verdict, engine, v, reason, v.evidence());
  }

  private static MetadataStore store(
      Tool tool,
      Service s,
      Verdict verdict,
      Engine engine,
      EnvValue v,
      StoreReason reason,
      List<Evidence> evidence) {
    return store(
        tool,
        s,
        verdict,
        engine,
        v.location(),
        reason,
        evidence,
        v.lowConfidence() ? Caveat.EXAMPLE_ENV_FILE : null);
  }

  /** A store judged for a tool's service, before its host is known. */
  private static MetadataStore store(
      Tool tool,
      Service s,
      Verdict verdict,
      Engine engine,
      Location at,
      StoreReason reason,
      List<Evidence> evidence,
      Caveat caveat) {
    return new MetadataStore(
        tool.id(),
        tool.name(),
        tool.shortName(),
        tool.rule(),
        s.name(),
        s.environment(),
        verdict,
        engine,
        at,
        reason,
        evidence,
        caveat,
        tool.fix(),
        null,
        null);
  }
}
