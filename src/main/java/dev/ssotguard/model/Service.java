package dev.ssotguard.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deployable service (a compose service) with its resolved image and environment.
 *
 * @param environmentComplete false when a required env_file is missing or unreadable, so an absent
 *     variable may still be set at run time
 * @param mounts volume mounts with interpolated paths; bind sources relative to the scan root when
 *     they lie inside it
 * @param buildDockerfile the Dockerfile that builds the image, relative to the scan root, or null
 * @param runtime the runtime id (knowledge/runtimes.yaml) the service runs on: "compose",
 *     "compose-ipv6" or "kubernetes"
 * @param commandAssigns environment variables the service's command or entrypoint assigns before it
 *     starts the program; they win over {@code env}
 */
public record Service(
    String name,
    Location location,
    Environment environment,
    String image,
    Map<String, EnvValue> env,
    boolean environmentComplete,
    List<Mount> mounts,
    String buildContext,
    String buildDockerfile,
    String runtime,
    boolean overridesCommand,
    Set<String> commandAssigns)
    implements Fact {

  /** A volume mount; {@code hostPath} is root-relative for binds inside the tree, else null. */
  public record Mount(String hostPath, String target, Location location) {}

  public Service {
    env = Map.copyOf(env);
    mounts = List.copyOf(mounts);
    commandAssigns = Set.copyOf(commandAssigns);
  }
}
