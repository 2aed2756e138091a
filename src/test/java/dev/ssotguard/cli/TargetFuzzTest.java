package dev.ssotguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.fuzz.Bounded;
import dev.ssotguard.knowledge.KnowledgeLoader;

/**
 * Probe targets as an operator or a repository writes them: the up-front check never throws, names
 * no part of the URL (it may hold a password), and what passes parses without error.
 */
class TargetFuzzTest {
  private static final ConnectionStringParser PARSER = KnowledgeLoader.builtin().connectionParser();

  @FuzzTest(maxDuration = "4m")
  void anyTarget(FuzzedDataProvider data) {
    String password = "Pw" + data.consumeInt(100_000, 999_999);
    String url =
        data.pickValue(new String[] {"postgresql://", "mysql://", "jdbc:postgresql://", ""})
            + "u:"
            + password
            + "@"
            + data.consumeRemainingAsString();
    if (url.indexOf(password) != url.lastIndexOf(password)) {
      return; // the fuzzer repeated the password elsewhere, where it is not a password
    }
    Bounded.timed(
        "target",
        () -> {
          TargetUrl.problem(url).ifPresent(p -> assertThat(p).doesNotContain(password));
          PARSER.parse(url).ifPresent(cs -> assertThat(cs.redacted()).doesNotContain(password));
        });
  }
}
