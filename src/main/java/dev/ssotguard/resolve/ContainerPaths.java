package dev.ssotguard.resolve;

import dev.ssotguard.extract.DockerfileInfo;
import dev.ssotguard.extract.FileFacts;
import dev.ssotguard.model.Service;
import java.util.Optional;

/** Maps a path inside a service's container to the repository file that provides it. */
final class ContainerPaths {
  /**
   * What is at a container path: a repository file, something outside the repository, or nothing.
   */
  record Provided(String repositoryPath, boolean opaque) {
    static Provided nothing() {
      return new Provided(null, false);
    }
  }

  private final ProjectFiles files;

  ContainerPaths(ProjectFiles files) {
    this.files = files;
  }

  Provided find(Service service, String containerPath) {
    Service.Mount best = null;
    for (Service.Mount m : service.mounts()) {
      String target = trimSlash(m.target());
      if (containerPath.equals(target) || containerPath.startsWith(target + "/")) {
        if (best == null || target.length() > trimSlash(best.target()).length()) {
          best = m;
        }
      }
    }
    if (best != null) {
      if (best.hostPath() == null) {
        return new Provided(null, true);
      }
      String rest = containerPath.substring(trimSlash(best.target()).length());
      String candidate =
          ProjectFiles.join(best.hostPath(), rest.startsWith("/") ? rest.substring(1) : rest);
      return files.exists(candidate) ? new Provided(candidate, false) : Provided.nothing();
    }
    return baked(service, containerPath);
  }

  /** A file the service's Dockerfile copies into the image at that path. */
  private Provided baked(Service service, String containerPath) {
    if (service.buildDockerfile() == null) {
      return Provided.nothing();
    }
    Optional<DockerfileInfo> info =
        files.facts(service.buildDockerfile()).map(FileFacts::dockerfile);
    if (info.isEmpty()) {
      return Provided.nothing();
    }
    String name = containerPath.substring(containerPath.lastIndexOf('/') + 1);
    for (DockerfileInfo.Copy copy : info.get().copies()) {
      String dest = copy.destination();
      boolean toFile = trimSlash(dest).equals(containerPath);
      boolean toDir = dest.endsWith("/") && (trimSlash(dest) + "/" + name).equals(containerPath);
      for (String source : copy.sources()) {
        String sourceName = source.substring(source.lastIndexOf('/') + 1);
        if (toFile || (toDir && sourceName.equals(name))) {
          String repoPath = ProjectFiles.join(service.buildContext(), source);
          return files.exists(repoPath) ? new Provided(repoPath, false) : Provided.nothing();
        }
        if (!toFile
            && trimSlash(dest).length() > 0
            && containerPath.startsWith(trimSlash(dest) + "/")) {
          String repoPath =
              ProjectFiles.join(
                  ProjectFiles.join(service.buildContext(), source),
                  containerPath.substring(trimSlash(dest).length() + 1));
          if (files.exists(repoPath)) {
            return new Provided(repoPath, false);
          }
        }
      }
    }
    return Provided.nothing();
  }

  private static String trimSlash(String p) {
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
