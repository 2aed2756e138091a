package dev.ssotguard.knowledge;

import dev.ssotguard.model.ClientRuntime;
import dev.ssotguard.model.Location;
import java.util.Locale;
import java.util.Map;

/** The runtime facts of knowledge/runtimes.yaml. */
public record Runtimes(Map<String, ClientRuntime> byId) {
  public Runtimes {
    byId = Map.copyOf(byId);
  }

  /**
   * The runtime with that id, declared at {@code at}; unknown ids give {@link
   * ClientRuntime#UNKNOWN}.
   */
  public ClientRuntime of(String id, Location at) {
    ClientRuntime r = byId.get(id.toLowerCase(Locale.ROOT));
    return r == null
        ? ClientRuntime.UNKNOWN
        : new ClientRuntime(r.id(), r.name(), r.ipv6(), r.assumed(), at);
  }
}
