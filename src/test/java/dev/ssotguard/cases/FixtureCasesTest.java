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
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
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
 * nothing missing, nothing extra. An expectation may also state the severity and a fragment of the
 * message: {@code expect: SSOT501 warning "assumed"}.
 */
class FixtureCasesTest {
  /** One expectation: a rule, optionally its severity and a fragment of its message. */
  private static final String ITEM = "SSOT\\d{3}(?:\\s+(?:error|warning|note))?(?:\\s+\"[^\"]*\")?";

  private static final Pattern MARKER =
      Pattern.compile("expect:\\s*(" + ITEM + "(?:\\s*,?\\s*" + ITEM + ")*)");
  private static final Pattern ITEMS =
      Pattern.compile("(SSOT\\d{3})(?:\\s+(error|warning|note))?(?:\\s+\"([^\"]*)\")?");
  private static final Pattern LISTED =
      Pattern.compile(
          "(SSOT\\d{3} \\S+:\\d+)(?:\\s+(error|warning|note))?(?:\\s+\"([^\"]*)\")?\\s*");

  /** What a finding must also be, beyond its rule and line: null where the case does not say. */
  record Detail(String severity, String fragment) {}

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
    Map<String, Detail> details = new TreeMap<>();
    SortedSet<String> expected = expectations(caseDir, details);
    TreeSet<String> actual = new TreeSet<>();
    List<Finding> findings = Scans.findings(root).stream().filter(f -> !f.suppressed()).toList();
    for (Finding f : findings) {
      actual.add(key(f));
    }
    assertThat(actual).as("findings of %s", caseDir).containsExactlyElementsOf(expected);
    // A rule reports a line once (Findings); a repeat here would be a finding counted twice.
    assertThat(findings.stream().map(FixtureCasesTest::key).toList())
        .as("one finding per rule and line in %s", caseDir)
        .doesNotHaveDuplicates();
    for (Finding f : findings) {
      Detail d = details.get(key(f));
      if (d != null && d.severity() != null) {
        assertThat(f.severity().name().toLowerCase(Locale.ROOT))
            .as("severity of %s", key(f))
            .isEqualTo(d.severity());
      }
      if (d != null && d.fragment() != null) {
        assertThat(f.message()).as("message of %s", key(f)).contains(d.fragment());
      }
    }
  }

  private static String key(Finding f) {
    return f.ruleId() + " " + f.location().path() + ":" + f.location().line();
  }

  static SortedSet<String> expectations(Path caseDir) throws IOException {
    return expectations(caseDir, new TreeMap<>());
  }

  /**
   * The expected {@code RULE path:line} keys; {@code details} receives the severity and message
   * fragment a case states for a key.
   */
  static SortedSet<String> expectations(Path caseDir, Map<String, Detail> details)
      throws IOException {
    TreeSet<String> expected = new TreeSet<>();
    Path list = caseDir.resolve("expected.txt");
    if (Files.exists(list)) {
      for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          Matcher m = LISTED.matcher(line.strip());
          assertThat(m.matches()).as("expected.txt line '%s'", line).isTrue();
          expected.add(m.group(1));
          details.put(m.group(1), new Detail(m.group(2), m.group(3)));
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
        List<Matcher> pending = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
          Matcher m = MARKER.matcher(lines[i]);
          if (m.find()) {
            Matcher item = ITEMS.matcher(m.group(1));
            while (item.find()) {
              pending.add(ITEMS.matcher(item.group()));
            }
            continue;
          }
          for (Matcher item : pending) {
            item.matches();
            String key = item.group(1) + " " + rel + ":" + (i + 1);
            expected.add(key);
            details.put(key, new Detail(item.group(2), item.group(3)));
          }
          pending.clear();
        }
      }
    }
    return expected;
  }
}
