package dev.ssotguard.probe;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import dev.ssotguard.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 10 item 14: one deadline per Superset exchange, and a cap on what is read. */
class SupersetDeadlineTest {
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/slow/api/v1/database/",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 120; i++) {
              out.write('{');
              out.flush();
              Thread.sleep(1000);
            }
          } catch (InterruptedException | IOException e) {
            // the client gave up
          }
        });
    server.createContext(
        "/endless/api/v1/database/",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          byte[] chunk = new byte[64 * 1024];
          java.util.Arrays.fill(chunk, (byte) ' ');
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 100_000; i++) {
              out.write(chunk);
            }
          } catch (IOException e) {
            // the client stopped reading
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url(String prefix) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + prefix + "/");
  }

  @Test
  void aOneBytePerSecondBodyEndsAtTheDeadline() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(15),
        () ->
            assertThatThrownBy(
                    () ->
                        SupersetApi.probe(
                            url("slow"),
                            Duration.ofSeconds(1),
                            Map.of("SUPERSET_TOKEN", "t"),
                            "SUPERSET_TOKEN",
                            KnowledgeLoader.builtin().connectionParser()))
                .isInstanceOf(ProbeException.class)
                .hasMessageContaining("took longer than 4 s"));
  }

  @Test
  void anEndlessBodyIsCut() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () ->
            assertThatThrownBy(
                    () ->
                        SupersetApi.probe(
                            url("endless"),
                            Duration.ofSeconds(5),
                            Map.of("SUPERSET_TOKEN", "t"),
                            "SUPERSET_TOKEN",
                            KnowledgeLoader.builtin().connectionParser()))
                .isInstanceOf(ProbeException.class)
                .hasMessageContaining("larger than 8 MiB"));
  }
}
