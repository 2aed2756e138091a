package dev.ssotguard.probe;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A hostile PostgreSQL server on loopback: it refuses TLS, then asks for the password in clear
 * (auth code 3) or as MD5 (5), and records every byte the client sends after its start-up message.
 */
final class FakePostgresServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Thread thread;
  private final int authCode;
  private final List<String> received = Collections.synchronizedList(new ArrayList<>());

  FakePostgresServer(int authCode) throws IOException {
    this.authCode = authCode;
    this.socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    this.thread = new Thread(this::serve, "fake-postgres");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** What clients sent after start-up (password messages included), as text. */
  String received() {
    synchronized (received) {
      return String.join("\n", received);
    }
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        client.setSoTimeout(3000);
        session(client);
      } catch (IOException e) {
        // next client, or closed
      }
    }
  }

  private void session(Socket client) throws IOException {
    DataInputStream in = new DataInputStream(client.getInputStream());
    DataOutputStream out = new DataOutputStream(client.getOutputStream());
    while (true) {
      int length = in.readInt();
      byte[] body = new byte[length - 4];
      in.readFully(body);
      int code = ((body[0] & 0xff) << 24) | ((body[1] & 0xff) << 16);
      if (length == 8 && code == (1234 << 16)) {
        out.write('N'); // SSLRequest or GSSENCRequest: refused
        out.flush();
        continue;
      }
      received.add("startup: " + new String(body, StandardCharsets.ISO_8859_1));
      break;
    }
    out.write('R');
    if (authCode == 5) {
      out.writeInt(12);
      out.writeInt(5);
      out.write(new byte[] {1, 2, 3, 4});
    } else {
      out.writeInt(8);
      out.writeInt(authCode);
    }
    out.flush();
    try {
      byte[] rest = in.readNBytes(4096);
      received.add(new String(rest, StandardCharsets.ISO_8859_1));
    } catch (SocketTimeoutException e) {
      received.add("(silence)");
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
