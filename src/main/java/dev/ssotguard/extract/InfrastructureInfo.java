package dev.ssotguard.extract;

import dev.ssotguard.model.DatabaseFirewall;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.ManagedCluster;
import java.util.List;

/** What a Terraform file declares about where clients run and how they pool connections. */
public record InfrastructureInfo(
    List<Droplet> droplets,
    List<Pool> pools,
    List<ManagedCluster> clusters,
    List<DatabaseFirewall> firewalls)
    implements SourceFact {
  public InfrastructureInfo {
    droplets = List.copyOf(droplets);
    pools = List.copyOf(pools);
    clusters = List.copyOf(clusters);
    firewalls = List.copyOf(firewalls);
  }

  /**
   * A droplet and the repository files its {@code user_data} runs (cloud-init, scripts).
   *
   * @param ipv6 whether {@code ipv6 = true} is set (the provider's default is false)
   */
  public record Droplet(String name, boolean ipv6, Location location, List<String> userDataFiles) {
    public Droplet {
      userDataFiles = List.copyOf(userDataFiles);
    }
  }

  /** A DigitalOcean connection pool: clients reach it by using its name as the database. */
  public record Pool(String name, String mode, Location location) {}
}
