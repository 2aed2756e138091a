package dev.ssotguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.model.Environment;
import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ssot-policy.yaml is read strictly: every mistake names the file, the line and the fix. */
class PolicyLoaderTest {
  @TempDir Path temp;
  private final PolicyLoader loader =
      new PolicyLoader(
          KnowledgeLoader.builtin().runtimes().byId().keySet(),
          dev.ssotguard.testing.RuleIds.all(),
          java.util.Set.of("odoo", "superset", "n8n"));

  private Policy load(String yaml) throws IOException, PolicyException {
    Path file = temp.resolve("ssot-policy.yaml");
    Files.writeString(file, yaml);
    return loader.load(file, "ssot-policy.yaml");
  }

  @Test
  void readsEnvironmentsRuntimesAndSaasBi() throws Exception {
    Policy p =
        load(
            """
            version: 1
            environments:
              test: ["qa/**"]
            runtimes:
              - paths: ["ops/**"]
                runtime: vercel
            saas_bi:
              - name: Hex
                paths: ["bi/**"]
            """);
    assertThat(p.environmentOf("qa/x/compose.yaml")).contains(Environment.TEST);
    assertThat(p.environmentOf("compose.yaml")).isEmpty();
    assertThat(p.runtimeOf("ops/a.sh"))
        .hasValueSatisfying(r -> assertThat(r.runtime()).isEqualTo("vercel"));
    assertThat(p.saasBiOf("bi/db.yaml"))
        .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("Hex"));
  }

  @Test
  void mistakesNameTheLineAndTheFix() {
    assertThatThrownBy(() -> load("version: 1\nwaivrs: []\n"))
        .hasMessageContaining("ssot-policy.yaml:2:1: unknown key 'waivrs'")
        .hasMessageContaining("Fix: use one of version, environments, runtimes, saas_bi");
    assertThatThrownBy(() -> load("runtimes:\n  - paths: [\"a/**\"]\n    runtime: mainframe\n"))
        .hasMessageContaining("ssot-policy.yaml:3:14: unknown runtime 'mainframe'")
        .hasMessageContaining("github-hosted");
    assertThatThrownBy(() -> load("environments:\n  staging: [\"s/**\"]\n"))
        .hasMessageContaining(":2:3: unknown environment 'staging'");
    assertThatThrownBy(() -> load("environments:\n  test: \"qa/**\"\n"))
        .hasMessageContaining(":2:9: environments.test must be a list of globs");
    assertThatThrownBy(() -> load("environments:\n  test: [\"qa/[\"]\n"))
        .hasMessageContaining("bad glob 'qa/['");
    assertThatThrownBy(() -> load("version: 2\n")).hasMessageContaining("unsupported version");
    assertThatThrownBy(() -> load("runtimes: {a: 1}\n"))
        .hasMessageContaining("runtimes must be a list");
    assertThatThrownBy(() -> load("saas_bi:\n  - paths: [\"x/**\"]\n"))
        .hasMessageContaining("needs 'name'");
    assertThatThrownBy(() -> load("a: [\n"))
        .hasMessageContaining("ssot-policy.yaml:")
        .hasMessageContaining("Fix: write valid YAML");
  }

  @Test
  void readsTheFirewallLimit() throws Exception {
    assertThat(load("version: 1\n").firewall().minimumPrefixLength()).isEqualTo(1);
    assertThat(load("firewall:\n  minimum_prefix_length: 24\n").firewall().minimumPrefixLength())
        .isEqualTo(24);
    assertThatThrownBy(() -> load("firewall:\n  minimum_prefix_length: 33\n"))
        .hasMessageContaining("ssot-policy.yaml:2:3: minimum_prefix_length must be a whole number")
        .hasMessageContaining("Fix: write e.g. minimum_prefix_length: 24");
    assertThatThrownBy(() -> load("firewall:\n  max_prefix: 8\n"))
        .hasMessageContaining(":2:3: unknown key 'max_prefix' in firewall");
    assertThatThrownBy(() -> load("firewall: 24\n"))
        .hasMessageContaining("firewall must be a mapping");
  }

  @Test
  void theBuiltInPolicyIsAPolicyFileWithNoUserLines() throws Exception {
    Policy builtin = Policy.builtin();
    assertThat(builtin.source()).isEqualTo("built-in");
    // SSOT_POLICY.md: SQL only in migrations (the Supabase CLI's places), §1 table for odoo.
    assertThat(builtin.sql().allows("supabase/migrations/20260101000000_init.sql")).isTrue();
    // RULES.md SSOT601: the default places hold from the repository root only.
    assertThat(builtin.sql().allows("apps/api/supabase/seed.sql")).isFalse();
    assertThat(builtin.sql().allows("supabase/supabase/migrations/1_x.sql")).isFalse();
    assertThat(builtin.sql().allows("db/schema.sql")).isFalse();
    assertThat(builtin.sql().declaredAt()).isNull();
    assertThat(builtin.firewall().minimumPrefixLength()).isEqualTo(1);
    assertThat(builtin.domains().domains()).allSatisfy(d -> assertThat(d.location()).isNull());
    // A user's section replaces the base value it names and keeps the rest.
    Policy p = load("sql:\n  exceptions: [db/legacy/]\n");
    assertThat(p.sql().allowed()).isEqualTo(builtin.sql().allowed());
    assertThat(p.sql().allows("db/legacy/a.sql")).isTrue();
    assertThat(p.sql().declaredAt()).isNotNull();
  }

  @Test
  void theBuiltInPolicyTextGetsEveryCheckAFileGets() {
    assertThatThrownBy(
            () -> loader.parse("sql:\n  allowd: [x]\n", "built-in policy", Policy.empty()))
        .hasMessageContaining("built-in policy:2:3: unknown key 'allowd' in sql");
  }

  @Test
  void domainsLayerOverTheBuiltInTable() throws Exception {
    Policy builtin = load("version: 1\n");
    assertThat(builtin.domains().of("odoo"))
        .hasValueSatisfying(d -> assertThat(d.providers()).containsExactly("digitalocean"));
    Policy p =
        load(
            """
            domains:
              - domain: tool-metadata
                systems: [n8n]
                providers: [supabase, self-hosted]
            """);
    assertThat(p.domains().of("n8n"))
        .hasValueSatisfying(
            d -> assertThat(d.providers()).containsExactly("supabase", "self-hosted"));
    assertThat(p.domains().of("superset")).isEmpty();
    assertThat(p.domains().of("odoo")).isPresent();
    assertThatThrownBy(
            () ->
                load("domains:\n  - domain: erp\n    systems: [sap]\n    providers: [supabase]\n"))
        .hasMessageContaining("ssot-policy.yaml:3:15: unknown system 'sap'")
        .hasMessageContaining("Fix: use one of n8n, odoo, superset");
    assertThatThrownBy(
            () -> load("domains:\n  - domain: erp\n    systems: [odoo]\n    providers: [aws]\n"))
        .hasMessageContaining(":4:17: unknown provider 'aws'");
    assertThatThrownBy(
            () ->
                load(
                    """
                    domains:
                      - domain: erp
                        systems: [odoo]
                        engine: mysql
                        providers: [digitalocean]
                    """))
        .hasMessageContaining(":4:5: engine must be postgresql");
    assertThatThrownBy(() -> load("domains:\n  - domain: erp\n    systems: [odoo]\n"))
        .hasMessageContaining("domains.providers must be a list");
  }

  @Test
  void theCommandLineExitsTwoOnABadPolicy() throws IOException {
    Path repo = temp.resolve("repo");
    Files.createDirectories(repo);
    Files.writeString(repo.resolve("ssot-policy.yaml"), "version: 1\nunknown: true\n");
    Scans.CliRun run = Scans.cli("scan", repo.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("ssot-policy.yaml:2:1: unknown key 'unknown'");
    Scans.CliRun missing =
        Scans.cli("scan", repo.toString(), "--policy", temp.resolve("nope.yaml").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("does not exist");
  }
}
