package dev.ssotguard.rules;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.EndpointClass;
import dev.ssotguard.model.Connection;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;
import java.util.Set;

/** A transaction-mode pooler is used by a client that prepares statements without its switch. */
@RuleInfo(
    id = "SSOT503",
    name = "pooler-prepared-statements",
    severity = Severity.WARNING,
    scope = Scope.ANY,
    section = "§5 (extension)",
    summary = "A transaction-mode pooler is used by a client that prepares statements by default",
    securitySeverity = "4.0",
    precision = "high")
public final class PoolerPreparedStatements implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    Set<String> transactionPools = model.transactionPools(); // built per call: once per scan
    for (Connection c : model.connections()) {
      ConnectionString cs = c.target();
      boolean doPool =
          cs != null
              && cs.endpoint() == EndpointClass.DO_MANAGED
              && transactionPools.contains(cs.database());
      if (cs == null
          || (cs.endpoint() != EndpointClass.SUPABASE_POOLER_TRANSACTION
              && cs.endpoint() != EndpointClass.SUPABASE_DEDICATED_POOLER
              && !doPool)) {
        continue;
      }
      String problem = problem(cs, c.library());
      if (problem != null) {
        findings.report(
            Problem.at(c.location(), c.environment())
                .message(
                    c.client()
                        + " uses the transaction-mode pooler "
                        + (doPool
                            ? "'"
                                + cs.database()
                                + "' (a DigitalOcean connection pool) on "
                                + Supabase.hostPort(cs)
                            : Supabase.hostPort(cs))
                        + " with "
                        + problem
                        + "; prepared statements break when the pooler hands the next transaction to another server"
                        + " connection (\"prepared statement ... does not exist\")")
                .key("prepare:" + c.client() + ":" + cs.host())
                .evidence(c.evidence()));
      }
    }
  }

  /** What the client prepares and the switch it lacks, or null (DOMAIN.md §1). */
  private static String problem(ConnectionString cs, String library) {
    String scheme = cs.scheme();
    if ("prisma".equals(library) && !"true".equals(cs.param("pgbouncer"))) {
      return "Prisma, which prepares statements; add pgbouncer=true to the pooled URL (and a directUrl"
          + " on the direct or session endpoint for migrations)";
    }
    if (scheme.equals("jdbc:postgresql") && !"0".equals(cs.param("preparethreshold"))) {
      return "pgJDBC, which prepares server-side after 5 executions; add prepareThreshold=0 to the URL";
    }
    if (scheme.endsWith("+asyncpg")
        && !"0".equals(cs.param("prepared_statement_cache_size"))
        && !"0".equals(cs.param("statement_cache_size"))) {
      return "asyncpg, which caches prepared statements; set statement_cache_size=0"
          + " (prepared_statement_cache_size=0 in the SQLAlchemy URL)";
    }
    if (scheme.endsWith("+psycopg") && cs.param("prepare_threshold") == null) {
      return "psycopg 3, which prepares after 5 executions; set prepare_threshold=None";
    }
    return null;
  }
}
