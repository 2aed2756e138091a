package dev.ssotguard.resolve;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.knowledge.Knowledge;
import dev.ssotguard.model.MysqlRoutine;
import dev.ssotguard.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides the dialect of SQL whose path and syntax do not tell, by the datastore it targets: a file
 * mounted into a MySQL/MariaDB container (typically {@code /docker-entrypoint-initdb.d}) runs
 * there.
 */
final class MysqlTargets {
  private MysqlTargets() {}

  static List<MysqlRoutine> decide(
      List<MysqlRoutine> routines, List<Service> services, Knowledge knowledge) {
    List<MysqlRoutine> decided = new ArrayList<>();
    for (MysqlRoutine r : routines) {
      if (r.dialectEvidence() != null) {
        decided.add(r);
        continue;
      }
      target(r.location().path(), services, knowledge)
          .ifPresent(
              s ->
                  decided.add(
                      r.withEvidence(
                          "its mount into the MySQL/MariaDB container '" + s.name() + "'")));
    }
    return decided;
  }

  private static Optional<Service> target(
      String path, List<Service> services, Knowledge knowledge) {
    for (Service s : services) {
      Optional<Engine> engine = knowledge.datastores().engineOf(s.image());
      if (engine.isEmpty() || (engine.get() != Engine.MYSQL && engine.get() != Engine.MARIADB)) {
        continue;
      }
      for (Service.Mount m : s.mounts()) {
        String host = m.hostPath();
        if (host != null
            && (path.equals(host) || host.equals(".") || path.startsWith(host + "/"))) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }
}
