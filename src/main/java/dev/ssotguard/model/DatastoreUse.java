package dev.ssotguard.model;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.Engine;
import java.util.List;

/**
 * A place where a repository points something at a datastore.
 *
 * @param connection the parsed connection string, or null when the use is a setting (Django ENGINE,
 *     Prisma provider, a knex client)
 * @param via how the use is written, for messages ("SQLAlchemy URL", "Django DATABASES ENGINE")
 * @param documentation whether it sits in prose (Markdown, reStructuredText, plain text)
 * @param probable whether the engine is a likely reading rather than a certain one (a bare {@code
 *     .db} path: SQLite, BoltDB and others share the suffix)
 */
public record DatastoreUse(
    Engine engine,
    ConnectionString connection,
    Location location,
    Environment environment,
    String via,
    boolean inMemory,
    boolean documentation,
    List<Evidence> evidence,
    boolean probable)
    implements Fact {

  /** The {@code via} of connection strings that are a BI tool's datasources. */
  public static final String BI_DATASOURCE = "Superset datasource";

  public DatastoreUse {
    evidence = List.copyOf(evidence);
  }

  /** A certain use. */
  public DatastoreUse(
      Engine engine,
      ConnectionString connection,
      Location location,
      Environment environment,
      String via,
      boolean inMemory,
      boolean documentation,
      List<Evidence> evidence) {
    this(engine, connection, location, environment, via, inMemory, documentation, evidence, false);
  }

  public DatastoreUse inEnvironment(Environment other) {
    return new DatastoreUse(
        engine, connection, location, other, via, inMemory, documentation, evidence, probable);
  }

  public String describe() {
    return connection == null ? via : via + " " + connection.redacted();
  }
}
