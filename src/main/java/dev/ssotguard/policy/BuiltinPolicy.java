package dev.ssotguard.policy;

import dev.ssotguard.knowledge.Knowledge;
import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.knowledge.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The built-in policy, read from the resource {@code policy/builtin-policy.yaml} by the policy
 * loader with every check a user's file gets (names of runtimes and systems from the knowledge
 * base), once per JVM (the holder idiom: loaded on first use, immutable after).
 */
final class BuiltinPolicy {
  static final String RESOURCE = "/dev/ssotguard/policy/builtin-policy.yaml";
  static final Policy POLICY = load();

  private BuiltinPolicy() {}

  private static Policy load() {
    Knowledge knowledge = KnowledgeLoader.builtin();
    PolicyLoader loader =
        new PolicyLoader(
            knowledge.runtimes().byId().keySet(),
            Set.of(),
            knowledge.tools().stream().map(Tool::id).collect(Collectors.toSet()));
    try (InputStream in = BuiltinPolicy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("built-in policy missing from the jar: " + RESOURCE);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return loader.parse(text, "built-in policy", Policy.empty()).asBuiltin();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PolicyException e) {
      throw new IllegalStateException("built-in policy is invalid: " + e.getMessage(), e);
    }
  }
}
