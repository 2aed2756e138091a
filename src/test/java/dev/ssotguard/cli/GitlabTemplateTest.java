package dev.ssotguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.testing.Scans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitLab CI template (ci/gitlab/ssot-guard.gitlab-ci.yml) parses, and the files its scan writes
 * are the reports it publishes; the scan command it runs is one this CLI accepts.
 */
class GitlabTemplateTest {
  private static final Path TEMPLATE = Path.of("ci/gitlab/ssot-guard.gitlab-ci.yml");

  @TempDir Path temp;

  @Test
  @SuppressWarnings("unchecked")
  void theJobPublishesTheReportsItsScanWrites() throws Exception {
    Map<String, Object> doc =
        (Map<String, Object>)
            new Load(LoadSettings.builder().build()).loadFromString(Files.readString(TEMPLATE));
    Map<String, Object> job = (Map<String, Object>) doc.get("ssot-guard");
    assertThat(job).containsKeys("script", "artifacts", "image");
    List<String> script = (List<String>) job.get("script");
    String scan = script.stream().filter(l -> l.contains(" scan ")).findFirst().orElseThrow();
    Map<String, Object> artifacts = (Map<String, Object>) job.get("artifacts");
    assertThat(artifacts.get("when")).isEqualTo("always");
    Map<String, Object> reports = (Map<String, Object>) artifacts.get("reports");
    Matcher gitlab = Pattern.compile("--format gitlab=(\\S+)").matcher(scan);
    Matcher junit = Pattern.compile("--format junit=(\\S+)").matcher(scan);
    assertThat(gitlab.find()).isTrue();
    assertThat(junit.find()).isTrue();
    assertThat(reports.get("codequality")).isEqualTo(gitlab.group(1));
    assertThat(reports.get("junit")).isEqualTo(junit.group(1));

    // The same scan, run here against a fixture repository, writes both reports.
    Path repo = Scans.copy(Path.of("src/test/resources/golden/repo"), temp.resolve("repo"));
    String[] args =
        scan.substring(scan.indexOf(" scan ") + 1)
            .replace("scan .", "scan " + repo)
            .replace("=gl-", "=" + temp + "/gl-")
            .replace("=ssot-guard-junit", "=" + temp + "/ssot-guard-junit")
            .split("\\s+");
    Scans.CliRun run = Scans.cli(args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(temp.resolve(gitlab.group(1))).isRegularFile();
    assertThat(temp.resolve(junit.group(1))).isRegularFile();
  }
}
