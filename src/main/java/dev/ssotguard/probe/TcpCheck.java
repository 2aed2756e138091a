package dev.ssotguard.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/** One TCP connect to one address with a hard timeout; nothing is sent. */
public final class TcpCheck {
  /**
   * One connection attempt.
   *
   * @param family "IPv4" or "IPv6"
   * @param outcome open, refused, timeout or unreachable
   */
  public record Result(String address, String family, String outcome, long millis) {}

  private final Duration timeout;

  public TcpCheck(Duration timeout) {
    this.timeout = timeout;
  }

  /**
   * Tries a TCP connection within the timeout.
   *
   * @param address an IP literal (never a name: resolution is {@link DnsCheck}'s job)
   */
  public Result connect(String address, int port) {
    InetAddress ip;
    try {
      ip = InetAddress.getByName(address);
    } catch (UnknownHostException e) {
      return new Result(address, "?", "unreachable", 0);
    }
    String family = address.contains(":") ? "IPv6" : "IPv4";
    long start = System.nanoTime();
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(ip, port), (int) Math.max(1, timeout.toMillis()));
      return new Result(address, family, "open", elapsed(start));
    } catch (SocketTimeoutException e) {
      return new Result(address, family, "timeout", elapsed(start));
    } catch (java.net.ConnectException e) {
      String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
      return new Result(
          address, family, m.contains("refused") ? "refused" : "unreachable", elapsed(start));
    } catch (IOException e) {
      return new Result(address, family, "unreachable", elapsed(start));
    }
  }

  private static long elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start).toMillis();
  }
}
