package dev.ssotguard.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.model.Finding;
import dev.ssotguard.rules.RuleInfo;
import dev.ssotguard.rules.RuleRegistry;
import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every fixture repository under {@code src/test/resources/cases/<topic>/<case>/}. Expected
 * findings are written in the files themselves — a line holding {@code expect: SSOT301} (in any
 * comment syntax) expects that rule on the next line that is not a marker — or in an {@code
 * expected.txt} of {@code RULE path:line} lines. The scan must report exactly those findings:
 * nothing missing, nothing extra.
 */
class FixtureCasesTest {
  private static final Pattern MARKER = Pattern.compile("expect:\\s*((?:SSOT\\d{3}[,\\s]*)+)");

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> fixtureRepositories() throws IOException {
    List<Path> cases = Scans.caseDirectories();
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(Scans.CASES.relativize(c).toString(), () -> check(c)));
  }

  /**
   * Every rule has its folder of cases, with at least one where it fires (bad) and one where it
   * must stay silent (good): a rule that only ever fires, or never does, is not tested.
   */
  @Test
  void everyRuleHasABadAndAGoodCase() throws IOException {
    List<String> missing = new ArrayList<>();
    for (RuleInfo rule : new RuleRegistry().infos()) {
      Path topic = Scans.CASES.resolve(rule.id());
      boolean bad = false;
      boolean good = false;
      if (Files.isDirectory(topic)) {
        for (Path c : Scans.caseDirectories()) {
          if (c.getParent().equals(topic)) {
            boolean fires = expectations(c).stream().anyMatch(e -> e.startsWith(rule.id() + " "));
            bad |= fires;
            good |= !fires;
          }
        }
      }
      if (!bad || !good) {
        missing.add(rule.id() + (bad ? "" : " (no bad case)") + (good ? "" : " (no good case)"));
      }
    }
    assertThat(missing).as("rules whose cases/<ID>/ lacks a bad or a good case").isEmpty();
  }

  private void check(Path caseDir) throws IOException {
    Path root = Scans.copyCase(caseDir, temp);
    TreeSet<String> expected = expectations(caseDir);
    TreeSet<String> actual = new TreeSet<>();
    for (Finding f : Scans.findings(root).stream().filter(f -> !f.suppressed()).toList()) {
      actual.add(f.ruleId() + " " + f.location().path() + ":" + f.location().line());
    }
    assertThat(actual).as("findings of %s", caseDir).containsExactlyElementsOf(expected);
  }

  static TreeSet<String> expectations(Path caseDir) throws IOException {
    TreeSet<String> expected = new TreeSet<>();
    Path list = caseDir.resolve("expected.txt");
    if (Files.exists(list)) {
      for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          expected.add(line.strip());
        }
      }
    }
    try (Stream<Path> files = Files.walk(caseDir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String rel = caseDir.relativize(f).toString().replace('\\', '/');
        if (rel.equals("expected.txt")) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(f);
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
          Matcher m = MARKER.matcher(lines[i]);
          if (m.find()) {
            for (String rule : m.group(1).split("[,\\s]+")) {
              if (!rule.isBlank()) {
                pending.add(rule.strip());
              }
            }
            continue;
          }
          for (String rule : pending) {
            expected.add(rule + " " + rel + ":" + (i + 1));
          }
          pending.clear();
        }
      }
    }
    return expected;
  }
}
