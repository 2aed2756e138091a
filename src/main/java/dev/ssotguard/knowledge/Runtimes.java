package dev.ssotguard.knowledge;

import dev.ssotguard.model.ClientRuntime;
import dev.ssotguard.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The runtime facts of knowledge/runtimes.yaml.
 *
 * @param markers the files that mark an app folder's runtime, in file order
 * @param ci where CI systems keep their pipeline files
 */
public record Runtimes(
    Map<String, ClientRuntime> byId, List<RuntimeMarker> markers, List<CiPipelineFiles> ci) {
  public Runtimes {
    byId = Map.copyOf(byId);
    markers = List.copyOf(markers);
    ci = List.copyOf(ci);
  }

  /** The CI system whose pipeline file this is, or null. */
  public String ciSystemOf(String path) {
    for (CiPipelineFiles files : ci) {
      if (files.matches(path)) {
        return files.system();
      }
    }
    return null;
  }

  /** The markers a file of this name may be (none for most files). */
  public List<RuntimeMarker> markersNamed(String fileName) {
    List<RuntimeMarker> named = new ArrayList<>(0);
    for (RuntimeMarker m : markers) {
      if (m.file().equals(fileName) || fileName.equals(m.companion())) {
        named.add(m);
      }
    }
    return named;
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
