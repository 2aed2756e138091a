package dev.ssotguard.model;

import dev.ssotguard.connection.Engine;
import java.util.List;

/**
 * Where a tool deployment keeps its metadata, as far as the repository shows it.
 *
 * @param rule the rule that judges this tool's store (knowledge/tools.yaml {@code rule})
 * @param location where the fix belongs: the deciding value, or the service when nothing is set
 * @param detail what was found, already redacted
 * @param caveat why the verdict is less than certain (an unconfirmed default, a value from an
 *     example env file), or null; findings with a caveat are warnings
 * @param host the PostgreSQL host the store lives on when the repository shows it, else null
 * @param hostAt where that host is written (the service, when it is the tool's default)
 */
public record MetadataStore(
    String toolId,
    String toolName,
    String rule,
    String service,
    Environment environment,
    Verdict verdict,
    Engine engine,
    Location location,
    String detail,
    List<Related> related,
    String caveat,
    String fix,
    String host,
    Location hostAt)
    implements Fact {

  /** The judgement of one deployment's metadata store. */
  public enum Verdict {
    POSTGRESQL,
    OTHER_ENGINE,
    DEFAULT_NOT_POSTGRESQL,
    MISCONFIGURED,
    UNKNOWN
  }

  public MetadataStore {
    related = List.copyOf(related);
  }

  public MetadataStore withHost(String newHost, Location at) {
    return new MetadataStore(
        toolId,
        toolName,
        rule,
        service,
        environment,
        verdict,
        engine,
        location,
        detail,
        related,
        caveat,
        fix,
        newHost,
        at);
  }
}
