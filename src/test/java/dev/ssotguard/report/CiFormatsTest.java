package dev.ssotguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotguard.testing.Golden;
import dev.ssotguard.testing.Scans;
import dev.ssotguard.testing.Schemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI formats of issue 13: GitHub annotations, job summary, JUnit XML, GitLab Code Quality. */
class CiFormatsTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path SCHEMAS = Path.of("src/test/resources/schemas");

  @TempDir Path temp;
  private Path repo;

  @BeforeEach
  void copyRepository() {
    repo = Scans.copy(GOLDEN.resolve("repo"), temp.resolve("repo"));
  }

  private String scan(Path root, String... format) {
    String[] args = new String[format.length + 2];
    args[0] = "scan";
    args[1] = root.toString();
    System.arraycopy(format, 0, args, 2, format.length);
    Scans.CliRun run = Scans.cli(args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    return run.out();
  }

  @Test
  void githubAnnotations() {
    String out = scan(repo, "-f", "github");
    Golden.assertMatches(GOLDEN.resolve("expected.github.txt"), out);
    assertThat(out.lines())
        .allSatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "::(error|warning|notice) file=[^,]+,line=\\d+,col=\\d+,title=SSOT\\d{3} [a-z-]+::.+"));
  }

  @Test
  void githubAnnotationsStayWithinTheStepLimitsAndSayWhatWasLeftOut() throws IOException {
    Path many = temp.resolve("many");
    StringBuilder compose = new StringBuilder("services:\n");
    for (int i = 0; i < 14; i++) {
      compose
          .append("  db")
          .append(i)
          .append(":\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: Pw-")
          .append(i)
          .append("-literal-x\n");
    }
    Files.createDirectories(many);
    Files.writeString(many.resolve("compose.yaml"), compose.toString(), StandardCharsets.UTF_8);
    String out = scan(many, "-f", "github");
    assertThat(out.lines().filter(l -> l.startsWith("::error "))).hasSize(10);
    assertThat(out.lines().filter(l -> l.startsWith("::notice ")))
        .singleElement()
        .asString()
        .contains("4 more findings were not annotated");
  }

  @Test
  void workflowCommandValuesAreEscaped() {
    assertThat(GithubReporter.data("50% done\r\n::error::x"))
        .isEqualTo("50%25 done%0D%0A::error::x");
    assertThat(GithubReporter.property("a,b:c\n")).isEqualTo("a%2Cb%3Ac%0A");
  }

  @Test
  void jobSummaryLinksToTheForge() {
    String out =
        scan(
            repo,
            "-f",
            "markdown",
            "--forge-url",
            "https://github.com/acme/platform/blob/0123456789abcdef0123456789abcdef01234567");
    Golden.assertMatches(GOLDEN.resolve("expected.md"), out);
    assertThat(out)
        .contains(
            "(https://github.com/acme/platform/blob/0123456789abcdef0123456789abcdef01234567/compose.yaml#L6)")
        .contains("| SSOT401 | superset-metadata-not-postgres | 1 | 0 | 0 |");
  }

  @Test
  void junitXmlIsValidForCiReaders() {
    String out = scan(repo, "-f", "junit");
    Golden.assertMatches(GOLDEN.resolve("expected.junit.xml"), out);
    assertThat(Schemas.xmlErrors(SCHEMAS.resolve("junit.xsd"), out)).isEmpty();
    assertThat(out).contains("tests=\"").contains("<failure type=\"error\"");
  }

  @Test
  void gitlabCodeQualityIsValidAndFingerprintsAreUnique() throws IOException {
    String out = scan(repo, "-f", "gitlab");
    Golden.assertMatches(GOLDEN.resolve("expected.gitlab.json"), out);
    assertThat(Schemas.jsonErrors(SCHEMAS.resolve("gitlab-codequality.schema.json"), out))
        .isEmpty();
    JsonNode issues = new ObjectMapper().readTree(out);
    assertThat(issues.findValuesAsText("fingerprint")).doesNotHaveDuplicates();
    assertThat(issues.findValuesAsText("severity")).contains("critical");
  }
}
