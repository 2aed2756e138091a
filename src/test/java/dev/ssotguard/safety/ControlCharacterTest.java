package dev.ssotguard.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.report.Display;
import dev.ssotguard.testing.Scans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 items 7 and 8: names from the repository cannot forge lines, move the cursor, set
 * titles, reorder text or split Markdown rows.
 */
class ControlCharacterTest {
  private static final String HOSTILE =
      "x\n  1:1 error SSOT000 forged\u001b[1A\u001b[2K\u001b]0;t\u0007\u202e";

  @TempDir Path temp;

  @Test
  void textOutputsEscapeControlAndBidiCharacters() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("repo"));
    Path dir = Files.createDirectories(repo.resolve("app" + HOSTILE.replace("\n", "\u2028")));
    Files.writeString(
        dir.resolve("settings.py"),
        "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3'}}\n");
    Files.writeString(
        repo.resolve("compose.yaml"),
        """
        services:
          "svc|`x`\\nforged\\u001b[2K":
            image: mysql:8
            environment:
              DATABASE_URL: mysql://app@db.example.com/app
        """);
    for (List<String> args :
        List.of(
            List.of("scan", repo.toString()),
            List.of("scan", repo.toString(), "-f", "github"),
            List.of("scan", repo.toString(), "-f", "markdown"),
            List.of("scan", repo.toString(), "-f", "junit"),
            List.of("matrix", repo.toString(), "-f", "dot"),
            List.of("inventory", repo.toString()),
            List.of("matrix", repo.toString()))) {
      Scans.CliRun run = Scans.cli(args.toArray(String[]::new));
      String out = run.out();
      assertThat(out).as(args.get(0)).doesNotContain("\u001b", "\u0007", "\u202e", "\u2028");
      assertThat(out.lines()).noneMatch(l -> l.contains("forged") && !l.contains("\\"));
    }
    String matrix = Scans.cli("matrix", repo.toString()).out();
    assertThat(matrix.lines().filter(l -> l.startsWith("|") && l.contains("svc")))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains("svc\\|\\`x\\`"));
    // In the Mermaid diagram the same name is entity-coded: no quote, bar or backtick survives.
    assertThat(matrix.lines().filter(l -> l.startsWith("  c") && l.contains("svc")))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains("svc#124;#96;x#96;"));
  }

  @Test
  void policyErrorsAndStarterPoliciesEscapeToo() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("policy"));
    Files.writeString(repo.resolve("ssot-policy.yaml"), "\"bad\\e[2Kkey\\u202e\": 1\n");
    Scans.CliRun run = Scans.cli("scan", repo.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).doesNotContain("\u001b", "\u202e").contains("\\x1b");
    Path init = Files.createDirectories(temp.resolve("init"));
    Files.writeString(
        init.resolve("compose.yaml"),
        "services:\n  \"db\\u202e\\e]0;t\\a\":\n    image: mysql:8\n");
    String yaml = Scans.cli("init", init.toString(), "--output", "-").out();
    assertThat(yaml).doesNotContain("\u001b", "\u202e", "\u0007").contains("db\\u202e");
  }

  @Test
  void displayEscapesEveryUnsafeCharacter() {
    assertThat(Display.text("a\nb\u001b[2K\u0085\u202ec\td"))
        .isEqualTo("a\\x0ab\\x1b[2K\\x85\\u202ec\td");
    assertThat(Display.markdownCell("a|b`c<d>\\")).isEqualTo("a\\|b\\`c&lt;d&gt;\\\\");
    assertThat(Display.markdownCode("p`q|r")).isEqualTo("`` p`q\\|r ``");
  }
}
