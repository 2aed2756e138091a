package dev.ssotguard.policy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ssotguard.fuzz.Bounded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The policy loader on any text: a policy or a PolicyException naming a line, never a crash. */
class PolicyFuzzTest {
  private static final PolicyLoader LOADER =
      new PolicyLoader(
          Set.of("github-hosted", "vercel", "render"),
          Set.of("SSOT101", "SSOT202", "SSOT601", "SSOT901"),
          Set.of("superset", "n8n", "odoo"));

  @FuzzTest(maxDuration = "4m")
  void anyPolicyText(FuzzedDataProvider data) throws IOException {
    Path file = Files.createTempFile("ssot-policy-fuzz", ".yaml");
    try {
      Files.write(file, data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8));
      Bounded.timed(
          "policy",
          () -> {
            try {
              LOADER.load(file, "ssot-policy.yaml");
            } catch (PolicyException expected) {
              // a usage error with the line and the fix
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
