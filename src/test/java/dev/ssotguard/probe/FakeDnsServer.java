package dev.ssotguard.probe;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * An authoritative-looking DNS server on a loopback UDP port, built from dnsjava's own message
 * classes. Names in {@code silent} get no answer at all (a timeout).
 */
final class FakeDnsServer implements AutoCloseable {
  private final DatagramSocket socket;
  private final Thread thread;

  /**
   * @param zone name (with trailing dot) → addresses; a missing name is NXDOMAIN
   */
  FakeDnsServer(Map<String, List<String>> zone, List<String> silent) throws SocketException {
    socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[512];
              while (!socket.isClosed()) {
                try {
                  DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                  socket.receive(packet);
                  Message query = new Message(java.util.Arrays.copyOf(buffer, packet.getLength()));
                  Record question = query.getQuestion();
                  String name = question.getName().toString();
                  if (silent.contains(name)) {
                    continue;
                  }
                  Message response = new Message(query.getHeader().getID());
                  response.getHeader().setFlag(Flags.QR);
                  response.getHeader().setFlag(Flags.AA);
                  response.addRecord(question, Section.QUESTION);
                  List<String> addresses = zone.get(name);
                  if (addresses == null) {
                    response.getHeader().setRcode(Rcode.NXDOMAIN);
                  } else {
                    for (String a : addresses) {
                      InetAddress ip = InetAddress.getByName(a);
                      boolean v6 = a.contains(":");
                      if (v6 && question.getType() == Type.AAAA) {
                        response.addRecord(
                            new AAAARecord(Name.fromString(name), DClass.IN, 60, ip),
                            Section.ANSWER);
                      } else if (!v6 && question.getType() == Type.A) {
                        response.addRecord(
                            new ARecord(Name.fromString(name), DClass.IN, 60, ip), Section.ANSWER);
                      }
                    }
                  }
                  byte[] wire = response.toWire();
                  socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
                } catch (IOException e) {
                  // closed, or a malformed query: keep serving until closed
                }
              }
            },
            "fake-dns");
    thread.setDaemon(true);
    thread.start();
  }

  InetSocketAddress address() {
    return (InetSocketAddress) socket.getLocalSocketAddress();
  }

  @Override
  public void close() {
    socket.close();
  }
}
