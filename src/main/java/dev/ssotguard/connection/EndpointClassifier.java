package dev.ssotguard.connection;

/** Tells which endpoint class a connection string lands on (spec/DOMAIN.md §1, §6). */
final class EndpointClassifier {
  private static final int DEDICATED_POOLER_PORT = 6543;

  private EndpointClassifier() {}

  static EndpointClass classify(ConnectionString c) {
    if (c.engine() == Engine.SQLITE || (c.engine() == Engine.H2 && c.hosts().isEmpty())) {
      return c.inMemory() ? EndpointClass.MEMORY : EndpointClass.FILE;
    }
    String host = c.host();
    if (host.isBlank()) {
      return EndpointClass.LOCAL;
    }
    if (Hosts.isVariable(host)) {
      return EndpointClass.UNKNOWN;
    }
    int port = c.port();
    if (Hosts.isSupabaseDirect(host)) {
      return port == DEDICATED_POOLER_PORT
          ? EndpointClass.SUPABASE_DEDICATED_POOLER
          : EndpointClass.SUPABASE_DIRECT;
    }
    if (Hosts.isSupabasePooler(host)) {
      return port == DEDICATED_POOLER_PORT
          ? EndpointClass.SUPABASE_POOLER_TRANSACTION
          : EndpointClass.SUPABASE_POOLER_SESSION;
    }
    if (Hosts.isDigitalOceanManaged(host)) {
      return EndpointClass.DO_MANAGED;
    }
    return Hosts.isLocal(host) ? EndpointClass.LOCAL : EndpointClass.OTHER;
  }
}
