package dev.ssotguard.resolve;

import dev.ssotguard.connection.Hosts;
import dev.ssotguard.extract.FileFacts;
import dev.ssotguard.model.CiPipeline;
import dev.ssotguard.model.Credential;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Facts;
import dev.ssotguard.model.TlsSetting;

/**
 * A CI pipeline's databases on a local host — a job's service container, reached at {@code
 * localhost} or by the service's name, or libpq's default when no host is set — are throwaway test
 * databases (RULES.md SSOT901): what the pipeline says of them is test data. A remote host in the
 * same file keeps the file's environment.
 */
final class CiServiceDatabases {
  private CiServiceDatabases() {}

  static void add(FileFacts pipeline, Facts.Builder out) {
    if (pipeline.facts().of(CiPipeline.class).isEmpty()) {
      throw new IllegalArgumentException(pipeline.file().path() + " is not a CI pipeline");
    }
    for (Credential c : pipeline.credentials()) {
      out.add(Hosts.isLocal(c.host()) ? c.inEnvironment(Environment.TEST) : c);
    }
    for (DatastoreUse u : pipeline.uses()) {
      boolean local = u.connection() != null && Hosts.isLocal(u.connection().host());
      out.add(local ? u.inEnvironment(Environment.TEST) : u);
    }
    for (TlsSetting t : pipeline.tlsSettings()) {
      out.add(Hosts.isLocal(t.host()) ? t.inEnvironment(Environment.TEST) : t);
    }
  }
}
