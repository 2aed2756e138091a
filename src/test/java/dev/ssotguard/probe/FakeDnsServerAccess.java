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

  public int port() {
    return server.address().getPort();
  }

  @Override
  public void close() {
    server.close();
  }
}
