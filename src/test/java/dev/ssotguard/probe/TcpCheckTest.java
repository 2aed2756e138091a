package dev.ssotguard.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TcpCheckTest {
  private final TcpCheck tcp = new TcpCheck(Duration.ofSeconds(1));

  @Test
  void openAndRefusedPortsAreToldApart() throws Exception {
    int closedPort;
    try (ServerSocket open = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(tcp.connect("127.0.0.1", open.getLocalPort()).outcome()).isEqualTo("open");
      try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        closedPort = other.getLocalPort();
      }
    }
    TcpCheck.Result refused = tcp.connect("127.0.0.1", closedPort);
    assertThat(refused.outcome()).isEqualTo("refused");
    assertThat(refused.family()).isEqualTo("IPv4");
  }

  @Test
  void aConnectThatIsNeverAnsweredFinishesWithinTheTimeout() throws Exception {
    // A listener that never accepts, its backlog filled: Linux drops further SYNs, so the next
    // connect hangs the way a firewalled (blackholed) host does.
    try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      java.util.List<java.net.Socket> fillers = new java.util.ArrayList<>();
      try {
        for (int i = 0; i < 8; i++) {
          java.net.Socket s = new java.net.Socket();
          try {
            s.connect(full.getLocalSocketAddress(), 200);
          } catch (java.io.IOException e) {
            // once the queue is full, connects start to time out: that is the state we want
          }
          fillers.add(s);
        }
        long start = System.nanoTime();
        TcpCheck.Result r = tcp.connect("127.0.0.1", full.getLocalPort());
        assertThat(r.outcome()).isEqualTo("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
      } finally {
        for (java.net.Socket s : fillers) {
          s.close();
        }
      }
    }
  }
}
