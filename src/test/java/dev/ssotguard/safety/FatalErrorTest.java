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
    // Two 12 MB files read at once, each held as bytes and then as text: more than 16 MB whatever
    // the timing of the two reading threads.
    for (int i = 0; i < 2; i++) {
      Files.writeString(
          repo.resolve("big" + i + ".env"),
          ("DATABASE_URL" + i + "=postgresql://app:pw@db.example.com/app\n").repeat(240_000));
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path errFile = temp.resolve("stderr.txt");
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
                    "33554432"))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(errFile.toFile())
            .start();
    // A hung scan must fail the test, not hang the build: no blocking read of the child's stderr.
    boolean ended = p.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    String err = Files.readString(errFile, StandardCharsets.UTF_8);
    assertThat(ended).as("the scan ended within 120 s; stderr: " + err).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(3);
    assertThat(err.strip().lines()).as(err).hasSize(1);
    assertThat(err).contains("OutOfMemoryError").doesNotContain("\tat ");
  }
}
