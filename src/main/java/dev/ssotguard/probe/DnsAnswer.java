package dev.ssotguard.probe;

import java.util.List;

/**
 * One record type's answer for a name.
 *
 * @param type "A" or "AAAA"
 * @param outcome what the resolver said
 * @param addresses the addresses when {@code outcome} is {@link Outcome#ADDRESSES}
 */
public record DnsAnswer(String type, Outcome outcome, List<String> addresses) {
  /** Tells "no such name" from "the name exists but has no record of this type". */
  public enum Outcome {
    ADDRESSES,
    NO_RECORD,
    NO_SUCH_NAME,
    TIMEOUT,
    FAILED
  }

  public DnsAnswer {
    addresses = List.copyOf(addresses);
  }
}
