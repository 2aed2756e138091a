package dev.ssotguard.extract;

import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Location;
import java.util.List;
import java.util.Set;

/** A compose file as written, before interpolation. */
public record ComposeFile(
    String path,
    Environment environment,
    List<Service> services,
    List<Include> includes,
    Set<String> ipv6Networks)
    implements SourceFact {
  public ComposeFile {
    services = List.copyOf(services);
    includes = List.copyOf(includes);
    ipv6Networks = Set.copyOf(ipv6Networks);
  }

  /** An entry of the top-level {@code include:} list. */
  public record Include(String path, Location location) {}

  /** One service under {@code services:}. */
  public record Service(
      String name,
      Location location,
      String image,
      Location imageLocation,
      Build build,
      List<Variable> environment,
      List<EnvFile> envFiles,
      List<Volume> volumes,
      Extends extendsFrom,
      List<String> profiles,
      List<String> networks,
      boolean overridesCommand,
      Set<String> commandAssigns) {
    public Service {
      commandAssigns = Set.copyOf(commandAssigns);
      networks = List.copyOf(networks);
      environment = List.copyOf(environment);
      envFiles = List.copyOf(envFiles);
      volumes = List.copyOf(volumes);
      profiles = List.copyOf(profiles);
    }
  }

  /** An {@code environment:} entry; {@code value} is null for a pass-through ({@code - NAME}). */
  public record Variable(String name, String value, Location location) {}

  /** An {@code env_file:} entry, relative to the compose file. */
  public record EnvFile(String path, boolean required, Location location) {}

  /** A volume mount: {@code source} is a host path (bind) or a volume name. */
  public record Volume(String source, String target, boolean bind, Location location) {}

  /** {@code build:}; {@code dockerfile} relative to the context. */
  public record Build(String context, String dockerfile, Location location) {}

  /** {@code extends:}; {@code file} is null for a service of the same file. */
  public record Extends(String file, String service, Location location) {}
}
