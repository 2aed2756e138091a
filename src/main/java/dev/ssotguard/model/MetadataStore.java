package dev.ssotguard.model;

import dev.ssotguard.connection.Engine;
import java.util.List;

/**
 * Where a tool deployment keeps its metadata, as far as the repository shows it.
 *
 * @param rule the rule that judges this tool's store (knowledge/tools.yaml {@code rule})
 * @param location where the fix belongs: the deciding value, or the service when nothing is set
 * @param toolShortName the name running text uses after the first mention
 * @param reason what was found and decided, values already redacted
 * @param evidence other places that explain the verdict
 * @param caveat why the verdict is less than certain, or null; findings with a caveat are warnings
 * @param host the PostgreSQL host the store lives on when the repository shows it, else null
 * @param hostAt where that host is written (the service, when it is the tool's default)
 */
public record MetadataStore(
    String toolId,
    String toolName,
    String toolShortName,
    String rule,
    String service,
    Environment environment,
    Verdict verdict,
    Engine engine,
    Location location,
    StoreReason reason,
    List<Evidence> evidence,
    Caveat caveat,
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
    evidence = List.copyOf(evidence);
  }

  public MetadataStore withHost(String newHost, Location at) {
    return new MetadataStore(
        toolId,
        toolName,
        toolShortName,
        rule,
        service,
        environment,
        verdict,
        engine,
        location,
        reason,
        evidence,
        caveat,
        fix,
        newHost,
        at);
  }
}
