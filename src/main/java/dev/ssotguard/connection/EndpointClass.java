package dev.ssotguard.connection;

/** Where a connection lands, per spec/DOMAIN.md §1 and §6. */
public enum EndpointClass {
  SUPABASE_DIRECT,
  SUPABASE_DEDICATED_POOLER,
  SUPABASE_POOLER_SESSION,
  SUPABASE_POOLER_TRANSACTION,
  DO_MANAGED,
  LOCAL,
  OTHER,
  /** The host is a variable or missing, so the endpoint cannot be told. */
  UNKNOWN,
  /** An embedded database file (SQLite, H2 file mode). */
  FILE,
  /** An in-memory embedded database. */
  MEMORY
}
