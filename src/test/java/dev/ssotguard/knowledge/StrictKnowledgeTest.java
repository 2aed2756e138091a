package dev.ssotguard.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Knowledge files are read like policy files: an unknown key is an error, not silence. */
class StrictKnowledgeTest {
  @Test
  void theShippedFilesLoad() {
    assertThat(KnowledgeLoader.builtin().tools()).isNotEmpty();
  }

  @Test
  void aMisspeltToolKeyNamesFileLineAndKey() {
    String tools =
        """
        tools:
          - id: demo
            name: Demo
            images: [demo/demo]
            defualt: sqlite
        """;
    assertThatThrownBy(() -> KnowledgeLoader.load(shippedExcept(Map.of("tools.yaml", tools))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("knowledge file tools.yaml:5: unknown key 'defualt'");
  }

  @Test
  void unknownKeysAreRefusedAtEveryLevel() {
    assertThatThrownBy(
            () ->
                KnowledgeLoader.load(
                    shippedExcept(Map.of("datastores.yaml", "images: {}\nrole: {}\n"))))
        .hasMessageStartingWith("knowledge file datastores.yaml:2: unknown key 'role'");
    assertThatThrownBy(
            () ->
                KnowledgeLoader.load(
                    shippedExcept(
                        Map.of(
                            "runtimes.yaml",
                            "runtimes:\n  vercel:\n    name: Vercel\n    ipv6: no\n    ipv4: yes\n"))))
        .hasMessageStartingWith("knowledge file runtimes.yaml:5: unknown key 'ipv4'");
    String nested = "tools:\n  - id: demo\n    name: Demo\n    host: {env: HOST, port: 5432}\n";
    assertThatThrownBy(() -> KnowledgeLoader.load(shippedExcept(Map.of("tools.yaml", nested))))
        .hasMessageStartingWith("knowledge file tools.yaml:4: unknown key 'port'");
  }

  @Test
  void runtimeMarkersAreDataReadStrictly() {
    Runtimes runtimes = KnowledgeLoader.builtin().runtimes();
    assertThat(runtimes.markersNamed("fly.toml"))
        .extracting(RuntimeMarker::runtime)
        .containsExactly("fly");
    RuntimeMarker heroku = runtimes.markersNamed("Procfile").get(0);
    assertThat(heroku.companion()).isEqualTo("app.json");
    assertThat(runtimes.markersNamed("app.json")).containsExactly(heroku);
    RuntimeMarker vercelProject =
        runtimes.markersNamed("project.json").stream()
            .filter(m -> ".vercel".equals(m.inFolder()))
            .findFirst()
            .orElseThrow();
    assertThat(vercelProject.appFolder("apps/web/.vercel")).isEqualTo("apps/web");
    assertThat(vercelProject.appFolder(".vercel")).isEmpty();
    assertThat(vercelProject.appFolder("apps/web")).isNull();
    String misspelt =
        "runtimes:\n  fly:\n    name: Fly\n    ipv6: yes\n    markers:\n      - fil: fly.toml\n";
    assertThatThrownBy(() -> KnowledgeLoader.load(shippedExcept(Map.of("runtimes.yaml", misspelt))))
        .hasMessageStartingWith("knowledge file runtimes.yaml:6: unknown key 'fil'");
  }

  private static Function<String, String> shippedExcept(Map<String, String> replaced) {
    return name -> replaced.containsKey(name) ? replaced.get(name) : shipped(name);
  }

  private static String shipped(String name) {
    try (InputStream in =
        KnowledgeLoader.class.getResourceAsStream("/dev/ssotguard/knowledge/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
