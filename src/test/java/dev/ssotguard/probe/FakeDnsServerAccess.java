package dev.ssotguard.probe;

import java.net.SocketException;
import java.util.List;
import java.util.Map;

/** Lets tests outside this package run the fake DNS server. */
public final class FakeDnsServerAccess implements AutoCloseable {
  private final FakeDnsServer server;

  private FakeDnsServerAccess(FakeDnsServer server) {
    this.server = server;
  }

  public static FakeDnsServerAccess start(Map<String, List<String>> zone) throws SocketException {
    return new FakeDnsServerAccess(new FakeDnsServer(zone, List.of()));
  }

  /** A server that never answers for the given names (they time out). */
  public static FakeDnsServerAccess silentFor(List<String> names) throws SocketException {
    return new FakeDnsServerAccess(new FakeDnsServer(Map.of(), names));
  }

  public int port() {
    return server.address().getPort();
  }

  @Override
  public void close() {
    server.close();
  }
}
