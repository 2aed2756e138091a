package dev.ssotguard.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 item 12: out of memory is exit 3 with one line, not a stack trace and exit 1. */
class FatalErrorTest {
  @TempDir Path temp;

  @Test
  void outOfMemoryIsOneLineAndExitThree() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("repo"));
    for (int i = 0; i < 6; i++) {
      Files.writeString(
          repo.resolve("big" + i + ".env"),
          ("DATABASE_URL=postgresql://app:pw@db" + i + ".example.com/app\n").repeat(40_000));
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx16m",
                    "-XX:-UsePerfData",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "dev.ssotguard.cli.Main",
                    "scan",
                    repo.toString(),
                    "--max-file-size",
                    "4194304"))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(3);
    assertThat(err.strip().lines()).as(err).hasSize(1);
    assertThat(err).contains("OutOfMemoryError").doesNotContain("\tat ");
  }
}
